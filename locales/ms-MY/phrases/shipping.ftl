### Penghantaran dan kastam: notis penghantaran, kelewatan, maklumat kastam, duti, cuti kedai, penghantaran gagal dan ambil di kedai.

order-shipped =
    Berita baik: pesanan { $order_id } telah dihantar melalui { $carrier }. Nombor penjejakan ialah { $tracking_number }. Maklumat penjejakan biasanya muncul dalam talian dalam masa { $days } hari.
    .subject = Pesanan { $order_id } telah dihantar

shipping-delay =
    { $reason ->
        [holiday] Harap maaf: disebabkan cuti umum, pesanan { $order_id } akan tiba lewat daripada yang dirancang.
        [customs] Harap maaf: pesanan { $order_id } sedang menunggu pelepasan kastam dan akan tiba lewat daripada yang dirancang.
        [weather] Harap maaf: cuaca buruk telah melambatkan pesanan { $order_id }, dan ia akan tiba lewat daripada yang dirancang.
       *[other] Harap maaf: pesanan { $order_id } tertangguh di pihak syarikat penghantaran dan akan tiba lewat daripada yang dirancang.
    } Anggaran tarikh penghantaran baharu ialah { $delivery_date }. Terima kasih atas kesabaran tuan/puan.
    .subject = Kemas kini penghantaran pesanan { $order_id }

extra-freight =
    Kami boleh menghantar pesanan melalui { $carrier } seperti yang diminta. Kosnya { $amount } lebih daripada penghantaran biasa. Jika tuan/puan setuju, sila bayar perbezaannya dan kami akan menghantar pesanan dengan segera.

customs-id-request =
    Untuk pelepasan kastam pesanan { $order_id }, syarikat penghantaran memerlukan { $market ->
        [KR] kod pelepasan kastam peribadi (PCCC) tuan/puan
        [BR] nombor CPF tuan/puan
        [CN] nombor kad pengenalan yang sepadan dengan nama penerima
       *[other] nombor kad pengenalan atau nombor cukai tuan/puan
    }. Sila hantarkan dalam balasan; kami hanya menggunakannya untuk penghantaran ini.

duties-and-taxes =
    { $duties ->
        [included] Duti import dan cukai untuk pesanan ini sudah termasuk dalam harga: tiada bayaran tambahan semasa menerima barang.
       *[other] Pesanan ini mungkin dikenakan duti import dan cukai dianggarkan { $amount }, yang akan dikutip oleh syarikat penghantaran sebelum penghantaran. Jumlah akhir ditentukan oleh pihak kastam.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Pasukan kami bercuti sempena Tahun Baru Cina dari { $start_date } hingga { $end_date }.
       *[other] Pasukan kami bercuti sempena cuti umum dari { $start_date } hingga { $end_date }.
    } Pesanan yang dibuat sehingga { $cutoff_date } akan dihantar sebelum cuti; pesanan selepas itu dihantar apabila kami kembali. Terima kasih atas pengertian tuan/puan.
    .subject = Cuti dari { $start_date } hingga { $end_date }

failed-delivery-attempt =
    { $carrier } telah cuba menghantar pesanan { $order_id } tetapi tidak dapat menghubungi tuan/puan. Bungkusan disimpan di { $pickup_point } selama { $days } hari. Tuan/puan boleh mengambilnya di sana atau menjadualkan penghantaran semula dengan nombor penjejakan { $tracking_number }.

returned-to-sender =
    Syarikat penghantaran tidak dapat menghantar pesanan { $order_id } dan sedang memulangkannya kepada kami. Apabila tiba, kami boleh menghantarnya semula (kos penghantaran { $amount }) atau membuat bayaran balik. Sila maklumkan pilihan tuan/puan dan semak alamat sekali lagi.

convenience-store-pickup =
    Pesanan { $order_id } telah tiba di { $store } dan sedia untuk diambil. Sila ambil dalam masa { $days } hari dengan kod pengambilan { $pickup_code }; bungkusan yang tidak diambil akan dipulangkan kepada pengirim.

tracking-not-updating =
    Status penjejakan { $tracking_number } belum dikemas kini selama beberapa hari. Ini sering berlaku semasa bungkusan dalam perjalanan antara negara atau menunggu kastam. Kami telah meminta { $carrier } menyemaknya dan akan memaklumkan tuan/puan dalam masa { $hours } jam.
