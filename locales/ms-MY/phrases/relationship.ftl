### Hubungan pelanggan: terima kasih selepas penghantaran, permintaan ulasan, baucar dan ucapan perayaan.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Pesanan tuan/puan telah sampai. Terima kasih kerana membeli-belah semula di { $shop_name }!
       *[first-time] Pesanan tuan/puan telah sampai. Terima kasih atas pesanan pertama di { $shop_name }!
    } Jika ada apa-apa yang tidak seperti dijangka, balas sahaja mesej ini dan kami akan membantu.
    .subject = Terima kasih kerana membeli di { $shop_name }

review-request =
    Kami harap tuan/puan berpuas hati dengan pembelian ini. Jika ada masa, kami amat menghargai ulasan tuan/puan: ia membantu pembeli lain dan membantu kami menambah baik. Ulasan adalah sukarela sepenuhnya, dan jika tuan/puan tidak mahu menerima permintaan seperti ini, maklumkan sahaja kepada kami.
    .subject = Bagaimana pesanan tuan/puan dari { $shop_name }?

returning-buyer-coupon =
    Terima kasih kerana setia bersama { $shop_name }. Sebagai tanda penghargaan, berikut kod diskaun { $percent }% untuk pesanan seterusnya: { $coupon_code }, sah sehingga { $expiry_date }.
    .subject = Hadiah penghargaan daripada { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Salam Ramadan! Semoga Ramadan ini membawa keberkatan kepada tuan/puan sekeluarga.
        [eid] Selamat Hari Raya Aidilfitri, maaf zahir dan batin. Semoga tuan/puan sekeluarga sentiasa bahagia.
        [diwali] Selamat Hari Deepavali! Semoga pesta cahaya membawa kegembiraan dan kemakmuran kepada tuan/puan sekeluarga.
        [lunar-new-year] Selamat Tahun Baru Cina! Semoga tahun baharu membawa kesihatan, kebahagiaan dan kejayaan.
        [christmas] Selamat Hari Krismas! Semoga tuan/puan sekeluarga menikmati musim perayaan yang gembira.
       *[other] Selamat Tahun Baharu! Semoga tahun baharu membawa kesihatan dan kebahagiaan.
    }
    Salam mesra, pasukan { $shop_name }
