### Pengiriman dan bea cukai: pemberitahuan pengiriman, keterlambatan, data kepabeanan, bea masuk, libur toko, gagal kirim, dan ambil di gerai.

order-shipped =
    Kabar baik: pesanan { $order_id } telah dikirim melalui { $carrier }. Nomor resinya { $tracking_number }. Informasi pelacakan biasanya muncul secara online dalam { $days } hari.
    .subject = Pesanan { $order_id } telah dikirim

shipping-delay =
    { $reason ->
        [holiday] Mohon maaf: karena hari libur nasional, pesanan { $order_id } akan tiba lebih lambat dari rencana.
        [customs] Mohon maaf: pesanan { $order_id } sedang menunggu proses bea cukai dan akan tiba lebih lambat dari rencana.
        [weather] Mohon maaf: cuaca buruk membuat pesanan { $order_id } tertunda, sehingga akan tiba lebih lambat dari rencana.
       *[other] Mohon maaf: pesanan { $order_id } tertunda di pihak kurir dan akan tiba lebih lambat dari rencana.
    } Perkiraan tanggal tiba yang baru adalah { $delivery_date }. Terima kasih atas kesabaran Anda.
    .subject = Kabar pengiriman pesanan { $order_id }

extra-freight =
    Kami bisa mengirim pesanan Anda melalui { $carrier } sesuai permintaan. Biayanya { $amount } lebih mahal daripada pengiriman standar. Jika Anda setuju, mohon bayar selisihnya dan pesanan akan segera kami kirim.

customs-id-request =
    Untuk proses kepabeanan pesanan { $order_id }, kurir memerlukan { $market ->
        [KR] kode bea cukai pribadi (PCCC) Anda
        [BR] nomor CPF Anda
        [CN] nomor KTP yang sesuai dengan nama penerima
       *[other] nomor identitas atau NPWP Anda
    }. Mohon kirimkan dalam balasan; kami hanya menggunakannya untuk pengiriman ini.

duties-and-taxes =
    { $duties ->
        [included] Bea masuk dan pajak impor pesanan Anda sudah termasuk dalam harga: tidak ada biaya tambahan saat barang diterima.
       *[other] Pesanan Anda mungkin dikenai bea masuk dan pajak impor sekitar { $amount }, yang ditagih oleh kurir sebelum pengantaran. Jumlah akhirnya ditetapkan oleh Bea Cukai.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Tim kami libur Tahun Baru Imlek mulai { $start_date } sampai { $end_date }.
       *[other] Tim kami libur hari raya mulai { $start_date } sampai { $end_date }.
    } Pesanan yang masuk sampai { $cutoff_date } dikirim sebelum libur; pesanan setelahnya dikirim saat kami kembali. Terima kasih atas pengertian Anda.
    .subject = Libur mulai { $start_date } sampai { $end_date }

failed-delivery-attempt =
    { $carrier } sudah mencoba mengantar pesanan { $order_id }, tetapi tidak dapat menghubungi Anda. Paket disimpan di { $pickup_point } selama { $days } hari. Anda dapat mengambilnya di sana atau menjadwalkan pengantaran ulang dengan nomor resi { $tracking_number }.

returned-to-sender =
    Kurir tidak dapat mengantar pesanan { $order_id } dan sedang mengembalikannya kepada kami. Setelah paket tiba, kami dapat mengirim ulang (ongkos kirim { $amount }) atau mengembalikan dana Anda. Mohon beri tahu pilihan Anda dan periksa kembali alamat Anda.

convenience-store-pickup =
    Pesanan { $order_id } sudah tiba di { $store } dan siap diambil. Mohon ambil dalam { $days } hari dengan kode pengambilan { $pickup_code }; paket yang tidak diambil akan dikembalikan ke pengirim.

tracking-not-updating =
    Status pelacakan { $tracking_number } belum diperbarui selama beberapa hari. Hal ini sering terjadi saat paket dalam perjalanan antarnegara atau menunggu bea cukai. Kami sudah meminta { $carrier } untuk mengecek dan akan mengabari Anda dalam { $hours } jam.
