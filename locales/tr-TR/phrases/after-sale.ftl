### Satış sonrası: ulaşmayan paketler, hasarlı ürünler, iadeler, geri ödemeler, garanti ve şikâyetler.

package-not-received =
    Paketinizin henüz ulaşmadığı için üzgünüz. Lütfen şu adımlarda bize yardımcı olun:
    1. { $tracking_number } takip numarasıyla son durumu kontrol edin.
    2. Komşularınıza, bina görevlisine veya yakınınızdaki postaneye paketi teslim alıp almadıklarını sorun.
    3. { $order_id } numaralı siparişteki teslimat adresinin doğru olduğunu kontrol edin.
    Paket { $days } gün içinde bulunamazsa lütfen bize bildirin, sorunu çözelim.
    .subject = { $order_id } numaralı siparişinizin paketi

refund-or-reship =
    { $order_id } numaralı siparişte yaşadığınız sorun için çok özür dileriz. { $amount } tutarın tamamını iade edebilir veya size ücretsiz olarak yeni bir paket gönderebiliriz. Lütfen hangisini tercih ettiğinizi bildirin.

complaint-acknowledgement =
    Sayın { $buyer_name }, bu konuyu bize bildirdiğiniz için teşekkür eder, içtenlikle özür dileriz. Şikâyetinizi { $case_id } referans numarasıyla kaydettik ve { $days } gün içinde bir çözümle size dönüş yapacağız.
    .subject = Şikâyetinizi aldık ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] { $order_id } numaralı siparişinizin hasarlı ulaşmasından dolayı çok üzgünüz.
        [wrong-item] { $order_id } numaralı siparişinizde yanlış ürün gönderdiğimiz için çok üzgünüz.
       *[other] { $order_id } numaralı siparişinizde bir sorun olduğu için çok üzgünüz.
    } Ürünün, ambalajın ve kargo etiketinin birkaç fotoğrafını bize gönderebilir misiniz? Fotoğrafları alır almaz size değişim veya iade önereceğiz.

return-instructions =
    { $order_id } numaralı siparişteki { $item_name } ürününü iade etmek için:
    1. Ürünü mümkünse orijinal ambalajında, sağlam şekilde paketleyin.
    2. { $days } gün içinde şu adrese gönderin: { $return_address }
    3. İade gönderisinin takip numarasını bize iletin.
    { $return_shipping ->
        [free] İade kargo ücretini biz karşılıyoruz.
       *[other] İade kargo ücreti size aittir.
    } İade bize ulaşır ulaşmaz ücretinizi iade ediyoruz.
    .subject = { $order_id } numaralı siparişinizi nasıl iade edersiniz

refund-processed =
    { $order_id } numaralı siparişiniz için { $amount } tutarı ödeme yaptığınız yönteme iade ettik. Bankanıza bağlı olarak tutarın hesap özetinizde görünmesi birkaç iş günü sürebilir.
    .subject = { $order_id } numaralı siparişin iadesi

partial-refund-offer =
    Özür dileriz; { $order_id } numaralı siparişiniz için { $amount } tutarında kısmi iade yapmak istiyoruz, ürün de sizde kalsın. Tam iade için ürünü geri göndermeyi tercih ederseniz bu da elbette mümkün.

warranty-claim =
    { $item_name } ürünü { $months } ay garantilidir. Lütfen { $order_id } sipariş numaranızı, arızanın kısa bir açıklamasını ve bir fotoğraf veya video gönderin. İnceledikten sonra onarım veya değişim önereceğiz.
