### Müşteri ilişkileri: teslimat sonrası teşekkür, yorum talebi, kuponlar ve bayram tebrikleri.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Siparişiniz teslim edildi. Yeniden { $shop_name } mağazasını tercih ettiğiniz için teşekkür ederiz!
       *[first-time] Siparişiniz teslim edildi. { $shop_name } mağazasından verdiğiniz ilk sipariş için teşekkür ederiz!
    } Beklediğiniz gibi olmayan bir şey varsa bu mesajı yanıtlamanız yeterli; size yardımcı oluruz.
    .subject = { $shop_name } siparişiniz için teşekkürler

review-request =
    Umarız satın aldığınız üründen memnunsunuzdur. Vaktiniz olursa bir yorum bırakmanızdan mutluluk duyarız: yorumunuz diğer alıcılara ve gelişmemize yardımcı olur. Yorum yapmak tamamen isteğe bağlıdır; bu tür talepler almak istemiyorsanız bize bildirmeniz yeterli.
    .subject = { $shop_name } siparişiniz nasıldı?

returning-buyer-coupon =
    { $shop_name } mağazasına gösterdiğiniz sadakat için teşekkür ederiz. Teşekkür olarak bir sonraki siparişinizde geçerli %{ $percent } indirim kodunuz: { $coupon_code }. Son kullanma tarihi: { $expiry_date }.
    .subject = { $shop_name } mağazasından bir teşekkür

holiday-greeting =
    { $occasion ->
        [ramadan] Hayırlı Ramazanlar! Size ve ailenize bereketli bir ay dileriz.
        [eid] Bayramınız mübarek olsun! Size ve sevdiklerinize huzur ve mutluluk dileriz.
        [diwali] Diwali Bayramınız kutlu olsun! Işık bayramının size ve ailenize neşe ve bolluk getirmesini dileriz.
        [lunar-new-year] Çin Yeni Yılınız kutlu olsun! Yeni yılda sağlık, mutluluk ve başarı dileriz.
        [christmas] Mutlu Noeller! Size ve ailenize güzel bayramlar dileriz.
       *[other] Mutlu yıllar! Yeni yılda sağlık ve mutluluk dileriz.
    }
    Sevgiyle, { $shop_name } ekibi
