### Pesanan dan pembayaran: pembayaran gagal, COD, alamat, perubahan, pembatalan, dan faktur.

payment-failed =
    Pembayaran untuk pesanan { $order_id } belum berhasil, sehingga pesanan belum dikonfirmasi. Mohon coba lagi atau pilih metode pembayaran lain dalam { $hours } jam; setelah itu barang yang kami sisihkan akan kami lepas kembali. Jika bank Anda menampilkan dana tertahan, biasanya dana tersebut akan kembali secara otomatis.
    .subject = Pembayaran pesanan { $order_id } belum berhasil

payment-received =
    Pembayaran Anda sebesar { $amount } untuk pesanan { $order_id } sudah kami terima. Terima kasih! Pesanan Anda sedang kami siapkan.
    .subject = Pembayaran pesanan { $order_id } telah diterima

cod-confirmation =
    Mohon konfirmasi pesanan COD (bayar di tempat) { $order_id }: jumlah yang dibayarkan kepada kurir saat barang tiba adalah { $amount }. Balas YA untuk konfirmasi atau TIDAK untuk membatalkan. Pesanan akan kami kirim segera setelah Anda konfirmasi.

address-confirmation =
    Sebelum mengirim pesanan { $order_id }, mohon periksa alamat pengiriman: { $address }. Apakah alamat sudah lengkap dan benar, termasuk nomor rumah, RT/RW, kelurahan, dan kode pos? Mohon balas untuk konfirmasi atau kirimkan perbaikannya.

order-change-request =
    { $order_state ->
        [not-shipped] Pesanan { $order_id } belum dikirim, jadi masih bisa diubah. Mohon beri tahu kami secara rinci apa yang ingin Anda ubah.
       *[shipped] Pesanan { $order_id } sudah dikirim, jadi tidak bisa diubah lagi. Setelah barang Anda terima, kami siap membantu penukaran atau pengembalian.
    }

order-cancellation =
    Sesuai permintaan Anda, pesanan { $order_id } telah kami batalkan. Dana sebesar { $amount } akan dikembalikan ke metode pembayaran semula dan, tergantung bank, masuk dalam { $days } hari.
    .subject = Pesanan { $order_id } telah dibatalkan

# ID: faktur pajak untuk perusahaan memerlukan NPWP.
invoice-request =
    Kami akan mengirimkan faktur untuk pesanan { $order_id } dalam { $days } hari kerja. Jika faktur perlu atas nama perusahaan, mohon kirimkan nama perusahaan, alamat, dan NPWP.
    .subject = Faktur pesanan { $order_id }
