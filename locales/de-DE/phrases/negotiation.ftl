### Verhandlung: Preisanfragen klar beantworten, ohne falsche Versprechen (Seed 004).

no-discount-gift-offer =
    Leider können wir den Preis für { $item_name } nicht weiter senken: Er ist bereits so knapp kalkuliert, wie es uns möglich ist.
    Wenn Sie heute bestellen, legen wir Ihnen als kleines Dankeschön { $gift } bei.
    .subject = Zum Preis von { $item_name }

volume-discount =
    Ab { $quantity ->
        [one] einem Stück
       *[other] { $quantity } Stück
    } können wir Ihnen { $percent } % Rabatt auf den angegebenen Preis anbieten.

counter-offer =
    Vielen Dank für Ihr Angebot von { $offer } für { $item_name }. Diesen Preis können wir leider nicht annehmen, wir können Ihnen den Artikel aber für { $price } anbieten. Wäre das für Sie in Ordnung?

bundle-discount =
    Wenn Sie { $item_name } zusammen mit einem weiteren Artikel aus unserem Shop kaufen, erhalten Sie { $percent } % Rabatt auf die gesamte Bestellung.

prepaid-discount =
    Wenn Sie statt per Nachnahme vorab online bezahlen, erhalten Sie { $amount } Rabatt auf diese Bestellung, und wir versenden sie, sobald die Zahlung eingegangen ist.

sample-offer =
    Wir können Ihnen ein Muster von { $item_name } für { $amount } einschließlich Versand schicken. Wenn Sie danach { $quantity ->
        [one] ein Stück
       *[other] { $quantity } Stück
    } oder mehr bestellen, ziehen wir diesen Betrag von Ihrer Bestellung ab.

minimum-order-quantity =
    Der Großhandelspreis für { $item_name } gilt ab { $quantity ->
        [one] einem Stück
       *[other] { $quantity } Stück
    }. Für kleinere Mengen gilt der Preis in unserem Shop.
