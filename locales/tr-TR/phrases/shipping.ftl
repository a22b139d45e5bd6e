### Kargo ve gümrük: gönderim bildirimleri, gecikmeler, gümrük bilgileri, vergiler, tatil kapanışları, teslim edilemeyen kargolar ve mağazadan teslim alma.

order-shipped =
    Güzel haber: { $order_id } numaralı siparişiniz { $carrier } ile kargoya verildi. Takip numaranız: { $tracking_number }. Takip bilgileri genellikle { $days } gün içinde internette görünür.
    .subject = { $order_id } numaralı siparişiniz kargoya verildi

shipping-delay =
    { $reason ->
        [holiday] Üzgünüz: resmî tatiller nedeniyle { $order_id } numaralı siparişiniz planlanandan geç ulaşacak.
        [customs] Üzgünüz: { $order_id } numaralı siparişiniz gümrük işlemlerini bekliyor ve planlanandan geç ulaşacak.
        [weather] Üzgünüz: kötü hava koşulları { $order_id } numaralı siparişinizi geciktirdi; siparişiniz planlanandan geç ulaşacak.
       *[other] Üzgünüz: { $order_id } numaralı siparişiniz kargo firmasında gecikti ve planlanandan geç ulaşacak.
    } Yeni tahmini teslim tarihi: { $delivery_date }. Sabrınız için teşekkür ederiz.
    .subject = { $order_id } numaralı siparişinizin teslimatı hakkında

extra-freight =
    Siparişinizi istediğiniz gibi { $carrier } ile gönderebiliriz. Bu, standart gönderimden { $amount } daha pahalıdır. Kabul ederseniz lütfen farkı ödeyin, siparişinizi hemen gönderelim.

customs-id-request =
    { $order_id } numaralı siparişin gümrük işlemleri için kargo firması şu bilgiye ihtiyaç duyuyor: { $market ->
        [KR] kişisel gümrük kodunuz (PCCC)
        [BR] CPF numaranız
        [CN] alıcı adıyla eşleşen kimlik numaranız
       *[other] kimlik numaranız veya vergi numaranız
    }. Lütfen bu bilgiyi yanıt olarak gönderin; yalnızca bu gönderi için kullanacağız.

duties-and-taxes =
    { $duties ->
        [included] Siparişinizin gümrük vergileri ve ithalat vergileri fiyata dahildir: teslimatta ek bir ödeme yapmazsınız.
       *[other] Siparişiniz için tahminen { $amount } tutarında gümrük ve ithalat vergisi çıkabilir; bu tutar teslimattan önce kargo firması tarafından sizden tahsil edilir. Kesin tutarı gümrük belirler.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Ekibimiz Çin Yeni Yılı nedeniyle { $start_date } ile { $end_date } tarihleri arasında tatilde olacak.
       *[other] Ekibimiz resmî tatil nedeniyle { $start_date } ile { $end_date } tarihleri arasında tatilde olacak.
    } { $cutoff_date } tarihine kadar verilen siparişler tatilden önce kargoya verilir; sonrakiler dönüşümüzde gönderilir. Anlayışınız için teşekkür ederiz.
    .subject = { $start_date } - { $end_date } tatil duyurusu

failed-delivery-attempt =
    Kargo firması ({ $carrier }) { $order_id } numaralı siparişinizi teslim etmeye çalıştı ancak size ulaşamadı. Paketiniz { $days } gün boyunca şu adreste bekliyor: { $pickup_point }. Paketi oradan alabilir veya { $tracking_number } takip numarasıyla yeni bir teslimat planlayabilirsiniz.

returned-to-sender =
    Kargo firması { $order_id } numaralı siparişinizi teslim edemedi ve paketi bize geri gönderiyor. Paket bize ulaştığında siparişi yeniden gönderebilir (kargo ücreti { $amount }) veya ücretinizi iade edebiliriz. Lütfen tercihinizi bildirin ve adresinizi kontrol edin.

convenience-store-pickup =
    { $order_id } numaralı siparişiniz teslim alınmak üzere şu noktaya ulaştı: { $store }. Lütfen { $days } gün içinde { $pickup_code } teslim alma koduyla teslim alın; teslim alınmayan paketler göndericiye iade edilir.

tracking-not-updating =
    { $tracking_number } numaralı gönderinin takip bilgisi birkaç gündür güncellenmedi. Paket ülkeler arasında yoldayken veya gümrükte beklerken bu sık görülür. Kargo firmasından ({ $carrier }) kontrol etmesini istedik; { $hours } saat içinde size bilgi vereceğiz.
