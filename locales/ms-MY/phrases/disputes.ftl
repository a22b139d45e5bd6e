### Pertikaian: caj balik, pertikaian di platform, peningkatan kes dan ulasan negatif.

dispute-response =
    { $case_type ->
        [chargeback] Kami dimaklumkan bahawa tuan/puan telah mempertikaikan pembayaran pesanan { $order_id } dengan bank.
       *[other] Kami dapati tuan/puan telah membuka pertikaian ({ $case_id }) untuk pesanan { $order_id }.
    } Kami kesal kerana tuan/puan tidak berpuas hati dan ingin menyelesaikannya terus bersama tuan/puan. Bolehkah tuan/puan ceritakan apa yang berlaku? Kami akan mencadangkan penyelesaian, contohnya penggantian atau bayaran balik.
    .subject = Tentang pertikaian untuk pesanan { $order_id }

escalation =
    Saya telah memanjangkan kes { $case_id } kepada pengurus saya, yang akan menelitinya sendiri dan menghubungi tuan/puan dalam masa { $hours } jam. Terima kasih atas kesabaran tuan/puan.

negative-review-reply =
    Terima kasih atas maklum balas yang jujur; kami kesal kerana pengalaman tuan/puan tidak seperti yang diharapkan. Kami memandang serius perkara ini dan telah menghantar mesej kepada tuan/puan untuk mencari penyelesaian bersama.
    { $agent_name }
