### Hubungan pelanggan: terima kasih setelah barang tiba, permintaan ulasan, voucher, dan ucapan hari raya.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Pesanan Anda sudah sampai. Terima kasih telah kembali berbelanja di { $shop_name }!
       *[first-time] Pesanan Anda sudah sampai. Terima kasih atas pesanan pertama Anda di { $shop_name }!
    } Jika ada yang tidak sesuai harapan, cukup balas pesan ini dan kami akan membantu.
    .subject = Terima kasih telah berbelanja di { $shop_name }

review-request =
    Semoga Anda puas dengan pembelian Anda. Jika ada waktu, kami akan sangat berterima kasih atas ulasan Anda: ulasan membantu pembeli lain dan membantu kami menjadi lebih baik. Ulasan sepenuhnya sukarela, dan jika Anda tidak ingin menerima permintaan seperti ini, cukup beri tahu kami.
    .subject = Bagaimana pesanan Anda dari { $shop_name }?

returning-buyer-coupon =
    Terima kasih telah setia berbelanja di { $shop_name }. Sebagai tanda terima kasih, berikut kode diskon { $percent }% untuk pesanan berikutnya: { $coupon_code }, berlaku sampai { $expiry_date }.
    .subject = Hadiah terima kasih dari { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Selamat menunaikan ibadah puasa! Semoga Ramadan ini membawa berkah bagi Anda dan keluarga.
        [eid] Selamat Hari Raya Idulfitri, mohon maaf lahir dan batin. Semoga Anda dan keluarga selalu dalam kebahagiaan.
        [diwali] Selamat Hari Raya Diwali! Semoga festival cahaya membawa kebahagiaan dan kemakmuran bagi Anda dan keluarga.
        [lunar-new-year] Selamat Tahun Baru Imlek! Semoga tahun baru membawa kesehatan, kebahagiaan, dan kesuksesan.
        [christmas] Selamat Hari Natal! Semoga Anda dan keluarga menikmati hari raya yang penuh sukacita.
       *[other] Selamat Tahun Baru! Semoga tahun yang baru membawa kesehatan dan kebahagiaan.
    }
    Salam hangat, tim { $shop_name }
