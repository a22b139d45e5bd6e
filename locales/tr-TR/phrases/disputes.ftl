### Anlaşmazlıklar: ters ibraz (chargeback), pazar yeri anlaşmazlıkları, üst birime aktarma ve olumsuz yorumlar.

dispute-response =
    { $case_type ->
        [chargeback] { $order_id } numaralı siparişin ödemesine bankanız nezdinde itiraz ettiğiniz bize bildirildi.
       *[other] { $order_id } numaralı sipariş için bir anlaşmazlık kaydı ({ $case_id }) açtığınızı gördük.
    } Memnun kalmadığınız için üzgünüz ve konuyu sizinle doğrudan çözmek istiyoruz. Sorunun ne olduğunu bize anlatabilir misiniz? Size değişim veya iade gibi bir çözüm önereceğiz.
    .subject = { $order_id } numaralı siparişle ilgili talebiniz hakkında

escalation =
    { $case_id } numaralı talebinizi yöneticime ilettim; kendisi konuyu bizzat inceleyecek ve { $hours } saat içinde sizinle iletişime geçecek. Sabrınız için teşekkür ederiz.

negative-review-reply =
    Açık geri bildiriminiz için teşekkür ederiz; deneyiminizin beklentilerinizi karşılamadığı için üzgünüz. Bunu ciddiye alıyoruz ve birlikte bir çözüm bulmak için size mesaj gönderdik.
    { $agent_name }
