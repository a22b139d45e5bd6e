### Pazarlık: indirim taleplerine yanlış vaatlerde bulunmadan açık yanıt verin (seed 004).

no-discount-gift-offer =
    Üzgünüz, { $item_name } ürününün fiyatını daha fazla düşüremiyoruz: fiyat zaten sunabileceğimiz en uygun seviyede.
    Ancak bugün sipariş verirseniz, teşekkür olarak size küçük bir hediye gönderiyoruz: { $gift }.
    .subject = { $item_name } ürününün fiyatı hakkında

volume-discount =
    { $quantity } adet ve üzeri siparişlerde liste fiyatı üzerinden %{ $percent } indirim sunabiliriz.

counter-offer =
    { $item_name } için verdiğiniz { $offer } tutarındaki teklife teşekkür ederiz. Bu fiyatı kabul edemiyoruz, ancak ürünü size { $price } fiyatla sunabiliriz. Sizin için uygun mu?

bundle-discount =
    { $item_name } ürününü mağazamızdaki başka herhangi bir ürünle birlikte alırsanız tüm siparişte %{ $percent } indirim yapıyoruz.

prepaid-discount =
    Kapıda ödeme yerine önceden online ödeme yaparsanız bu siparişte { $amount } indirim yapar, ödeme ulaşır ulaşmaz siparişi kargoya veririz.

sample-offer =
    { $item_name } için kargo dahil { $amount } karşılığında numune gönderebiliriz. Sonrasında { $quantity } adet veya daha fazla sipariş verirseniz bu tutarı siparişinizden düşeriz.

minimum-order-quantity =
    { $item_name } için toptan fiyat { $quantity } adet ve üzeri siparişlerde geçerlidir. Daha az adetlerde mağaza fiyatı uygulanır.
