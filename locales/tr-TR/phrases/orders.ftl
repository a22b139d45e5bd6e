### Sipariş ve ödeme: başarısız ödemeler, kapıda ödeme, adres, değişiklik, iptal ve fatura.

payment-failed =
    { $order_id } numaralı siparişinizin ödemesi gerçekleşmedi, bu nedenle sipariş henüz onaylanmadı. Lütfen { $hours } saat içinde tekrar deneyin veya başka bir ödeme yöntemi seçin; bu sürenin sonunda ayrılan ürünleri serbest bırakacağız. Bankanızda bekleyen bir tutar görünüyorsa genellikle otomatik olarak iade edilir.
    .subject = { $order_id } numaralı siparişin ödemesi gerçekleşmedi

payment-received =
    { $order_id } numaralı siparişiniz için { $amount } tutarındaki ödemenizi aldık. Çok teşekkür ederiz! Siparişinizi şimdi hazırlıyoruz.
    .subject = { $order_id } numaralı siparişin ödemesi alındı

cod-confirmation =
    Lütfen kapıda ödemeli { $order_id } numaralı siparişinizi onaylayın: teslimatta kuryeye ödeyeceğiniz tutar { $amount }. Onaylamak için EVET, iptal etmek için HAYIR yazarak yanıtlayın. Onayınızı alır almaz siparişi kargoya vereceğiz.

address-confirmation =
    { $order_id } numaralı siparişi göndermeden önce lütfen teslimat adresini kontrol edin: { $address }. Adres; mahalle, sokak, bina ve daire numarası ile posta kodu dahil eksiksiz ve doğru mu? Onaylamak için yanıtlayın veya düzeltmeyi bize gönderin.

order-change-request =
    { $order_state ->
        [not-shipped] { $order_id } numaralı siparişiniz henüz kargoya verilmedi, bu yüzden hâlâ değiştirebiliriz. Lütfen neyi değiştirmek istediğinizi tam olarak bildirin.
       *[shipped] { $order_id } numaralı siparişiniz kargoya verildiği için artık değiştirilemiyor. Siparişiniz elinize ulaştığında değişim veya iade için memnuniyetle yardımcı oluruz.
    }

order-cancellation =
    İsteğiniz üzerine { $order_id } numaralı siparişinizi iptal ettik. { $amount } tutarındaki iade, ödeme yaptığınız yönteme yapılacak; bankanıza bağlı olarak { $days } gün içinde hesabınıza yansır.
    .subject = { $order_id } numaralı siparişiniz iptal edildi

# TR: kurumsal fatura için şirket unvanı, vergi dairesi ve vergi numarası gerekir.
invoice-request =
    { $order_id } numaralı siparişinizin faturasını { $days } iş günü içinde göndereceğiz. Faturanın bir şirket adına düzenlenmesini istiyorsanız lütfen şirket unvanını, adresi, vergi dairesini ve vergi numarasını iletin.
    .subject = { $order_id } numaralı siparişin faturası
