### Satış öncesi: stok, ön sipariş, beden, gönderim yapılan ülkeler ve ödeme yöntemleri.

out-of-stock =
    { $item_name } için gösterdiğiniz ilgiye teşekkür ederiz. Ürün şu anda stokta yok; yeni stoğun { $restock_date } civarında gelmesini bekliyoruz. Ürün tekrar stoğa girdiğinde size haber vermemizi ister misiniz?

pre-order =
    { $item_name } için ön sipariş verebilirsiniz. Ön siparişleri { $ship_date } tarihinden itibaren göndermeyi planlıyoruz; tarih değişirse size hemen haber vereceğiz. Ön siparişinizi kargoya verilmeden önce istediğiniz zaman iptal edebilirsiniz.

size-and-fit =
    { $item_name } için beden tablosu burada: { $link }. Normalde giydiğiniz bedeni ve ölçülerinizi (boy, göğüs ve bel çevresi) bize iletirseniz size uygun bedeni memnuniyetle öneririz.

no-shipping-to-country =
    İlginiz için teşekkür ederiz. Maalesef şu anda şu ülkeye gönderim yapamıyoruz: { $country }. Verdiğimiz rahatsızlık için özür dileriz; ileride bu ülkeye de gönderim yapmayı umuyoruz.

payment-methods =
    Ödeme yöntemleri: { $payment_methods }.
