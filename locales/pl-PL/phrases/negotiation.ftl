### Negocjacje: jasne odpowiedzi na prośby o rabat, bez fałszywych obietnic (seed 004).

no-discount-gift-offer =
    Przykro nam, ale nie możemy bardziej obniżyć ceny produktu { $item_name }: jest już skalkulowana tak nisko, jak to możliwe.
    Jeśli jednak złoży Pan/Pani zamówienie dzisiaj, dołączymy { $gift } jako mały upominek w podziękowaniu.
    .subject = W sprawie ceny produktu { $item_name }

volume-discount =
    Przy zamówieniu od { $quantity ->
        [one] jednej sztuki
       *[other] { $quantity } sztuk
    } możemy zaproponować { $percent }% rabatu od ceny katalogowej.

counter-offer =
    Dziękujemy za ofertę { $offer } za { $item_name }. Nie możemy przyjąć tej ceny, ale możemy zaproponować { $price }. Czy to odpowiada?

bundle-discount =
    Przy zakupie produktu { $item_name } razem z dowolnym innym produktem z naszego sklepu udzielimy { $percent }% rabatu na całe zamówienie.

prepaid-discount =
    Jeśli zapłaci Pan/Pani z góry online zamiast przy odbiorze, obniżymy cenę tego zamówienia o { $amount } i wyślemy je zaraz po zaksięgowaniu płatności.

sample-offer =
    Możemy wysłać próbkę produktu { $item_name } za { $amount } z wysyłką. Jeśli następnie zamówi Pan/Pani co najmniej { $quantity ->
        [one] jedną sztukę
        [few] { $quantity } sztuki
       *[other] { $quantity } sztuk
    }, odliczymy tę kwotę od zamówienia.

minimum-order-quantity =
    Cena hurtowa produktu { $item_name } obowiązuje od { $quantity ->
        [one] jednej sztuki
       *[other] { $quantity } sztuk
    }. Przy mniejszych ilościach obowiązuje cena sklepowa.
