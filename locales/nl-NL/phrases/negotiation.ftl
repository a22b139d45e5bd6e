### Onderhandelen: prijsvragen helder beantwoorden, zonder valse beloften (seed 004).

no-discount-gift-offer =
    Het spijt ons, maar we kunnen de prijs van { $item_name } niet verder verlagen: die is al zo scherp als we kunnen bieden.
    Bestelt u vandaag, dan sturen we u als kleine attentie { $gift } mee.
    .subject = Over de prijs van { $item_name }

volume-discount =
    Bij bestellingen vanaf { $quantity ->
        [one] één stuk
       *[other] { $quantity } stuks
    } kunnen we u { $percent }% korting op de vermelde prijs geven.

counter-offer =
    Dank voor uw bod van { $offer } op { $item_name }. Die prijs kunnen we helaas niet accepteren, maar we kunnen het u aanbieden voor { $price }. Is dat akkoord?

bundle-discount =
    Koopt u { $item_name } samen met een ander artikel uit onze winkel, dan krijgt u { $percent }% korting op de hele bestelling.

prepaid-discount =
    Betaalt u vooraf online in plaats van onder rembours, dan krijgt u { $amount } korting op deze bestelling en verzenden we zodra de betaling binnen is.

sample-offer =
    We kunnen u een proefexemplaar van { $item_name } sturen voor { $amount }, inclusief verzending. Bestelt u daarna { $quantity ->
        [one] één stuk
       *[other] { $quantity } stuks
    } of meer, dan trekken we dit bedrag van uw bestelling af.

minimum-order-quantity =
    De groothandelsprijs voor { $item_name } geldt vanaf { $quantity ->
        [one] één stuk
       *[other] { $quantity } stuks
    }. Voor kleinere aantallen geldt de winkelprijs.
