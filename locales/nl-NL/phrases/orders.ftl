### Bestellingen en betalingen: mislukte betalingen, rembours, adressen, wijzigingen, annuleringen en facturen.

payment-failed =
    De betaling van uw bestelling { $order_id } is niet gelukt, dus de bestelling is nog niet bevestigd. Probeer het binnen { $hours ->
        [one] een uur
       *[other] { $hours } uur
    } opnieuw of kies een andere betaalmethode; daarna geven we de gereserveerde artikelen weer vrij. Ziet u een openstaand bedrag bij uw bank, dan wordt dat meestal automatisch vrijgegeven.
    .subject = Betaling voor bestelling { $order_id } niet gelukt

payment-received =
    We hebben uw betaling van { $amount } voor bestelling { $order_id } ontvangen. Hartelijk dank! We maken uw bestelling nu klaar.
    .subject = Betaling ontvangen voor bestelling { $order_id }

cod-confirmation =
    Wilt u uw rembours-bestelling { $order_id } bevestigen? U betaalt { $amount } aan de bezorger bij levering. Antwoord JA om te bevestigen of NEE om te annuleren. We verzenden de bestelling zodra u hebt bevestigd.

address-confirmation =
    Voordat we bestelling { $order_id } verzenden, wilt u het bezorgadres controleren: { $address }? Is het volledig en juist, inclusief huisnummer, toevoeging en postcode? Antwoord ter bevestiging of stuur ons de correctie.

order-change-request =
    { $order_state ->
        [not-shipped] Uw bestelling { $order_id } is nog niet verzonden, dus we kunnen die nog aanpassen. Laat u ons precies weten wat u wilt wijzigen?
       *[shipped] Uw bestelling { $order_id } is al verzonden en kan helaas niet meer worden gewijzigd. Zodra u die hebt ontvangen, helpen we u graag met een ruil of retour.
    }

order-cancellation =
    Zoals gevraagd hebben we uw bestelling { $order_id } geannuleerd. U krijgt { $amount } terug via de oorspronkelijke betaalmethode; afhankelijk van uw bank staat het bedrag binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } op uw rekening.
    .subject = Uw bestelling { $order_id } is geannuleerd

invoice-request =
    We sturen u de factuur van bestelling { $order_id } binnen { $days ->
        [one] een werkdag
       *[other] { $days } werkdagen
    }. Moet de factuur op naam van een bedrijf? Stuur ons dan de bedrijfsnaam, het adres en het btw-nummer.
    .subject = Factuur van uw bestelling { $order_id }
