### Sengketa: chargeback, komplain di marketplace, eskalasi, dan ulasan negatif.

dispute-response =
    { $case_type ->
        [chargeback] Kami mendapat informasi bahwa Anda mengajukan sanggahan ke bank atas pembayaran pesanan { $order_id }.
       *[other] Kami melihat Anda membuka komplain ({ $case_id }) untuk pesanan { $order_id }.
    } Kami mohon maaf karena Anda belum puas, dan kami ingin menyelesaikannya langsung dengan Anda. Boleh ceritakan apa yang terjadi? Kami akan menawarkan solusi, misalnya penggantian atau pengembalian dana.
    .subject = Tentang komplain pesanan { $order_id }

escalation =
    Kasus { $case_id } sudah saya teruskan kepada atasan saya, yang akan menanganinya langsung dan menghubungi Anda dalam { $hours } jam. Terima kasih atas kesabaran Anda.

negative-review-reply =
    Terima kasih atas masukan Anda yang jujur; kami mohon maaf karena pengalaman Anda belum sesuai harapan. Kami menanggapinya dengan serius dan sudah mengirim pesan kepada Anda untuk mencari solusi bersama.
    { $agent_name }
