### Vor dem Kauf: Verfügbarkeit, Vorbestellungen, Größen, Lieferländer und Zahlungsarten.

out-of-stock =
    Vielen Dank für Ihr Interesse an { $item_name }. Der Artikel ist derzeit leider nicht vorrätig; wir erwarten neue Ware voraussichtlich um den { $restock_date }. Sollen wir Ihnen Bescheid geben, sobald er wieder verfügbar ist?

pre-order =
    { $item_name } kann vorbestellt werden. Wir planen, Vorbestellungen ab dem { $ship_date } zu versenden, und informieren Sie sofort, falls sich der Termin ändert. Sie können eine Vorbestellung jederzeit vor dem Versand stornieren.

size-and-fit =
    Die Größentabelle für { $item_name } finden Sie hier: { $link }. Wenn Sie uns Ihre übliche Größe und Ihre Maße (Körpergröße, Brust- und Taillenumfang) nennen, empfehlen wir Ihnen gern eine passende Größe.

no-shipping-to-country =
    Vielen Dank für Ihr Interesse. Leider können wir derzeit nicht nach { $country } liefern. Wir bitten um Ihr Verständnis und hoffen, den Versand dorthin künftig anbieten zu können.

payment-methods =
    Sie können mit { $payment_methods } bezahlen.
