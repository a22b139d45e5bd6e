### Na de aankoop: zoekgeraakte pakketten, beschadigde artikelen, retouren, terugbetalingen, garantie en klachten.

package-not-received =
    Het spijt ons dat uw pakket nog niet is aangekomen. Wilt u ons helpen met deze stappen?
    1. Controleer de laatste status met track-and-trace-code { $tracking_number }.
    2. Vraag uw buren, de receptie van uw gebouw of het postpunt in de buurt of zij het pakket hebben ontvangen.
    3. Controleer of het bezorgadres van bestelling { $order_id } klopt.
    Is het pakket binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } nog niet gevonden, laat het ons dan weten; dan lossen we het voor u op.
    .subject = Uw pakket van bestelling { $order_id }

refund-or-reship =
    Onze excuses voor het probleem met bestelling { $order_id }. We kunnen u het volledige bedrag van { $amount } terugbetalen of u kosteloos een nieuw pakket sturen. Laat u ons weten wat u het liefst wilt?

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Beste mevrouw { $buyer_family_name },
        [male] Beste meneer { $buyer_family_name },
       *[other] Beste { $buyer_name },
    } dank dat u ons dit laat weten, en onze oprechte excuses. We hebben uw klacht geregistreerd onder nummer { $case_id } en komen binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } bij u terug met een oplossing.
    .subject = We hebben uw klacht ontvangen ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Het spijt ons zeer dat uw bestelling { $order_id } beschadigd is aangekomen.
        [wrong-item] Het spijt ons zeer dat u in bestelling { $order_id } een verkeerd artikel hebt ontvangen.
       *[other] Het spijt ons zeer dat er iets mis is met uw bestelling { $order_id }.
    } Wilt u ons een paar foto’s sturen van het artikel, de verpakking en het verzendlabel? Zodra we die hebben, stellen we een vervanging of terugbetaling voor.

return-instructions =
    Zo stuurt u { $item_name } uit bestelling { $order_id } terug:
    1. Verpak het artikel goed, zo mogelijk in de originele verpakking.
    2. Stuur het binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } naar: { $return_address }
    3. Stuur ons de track-and-trace-code van de retour.
    { $return_shipping ->
        [free] De retourkosten zijn voor onze rekening.
       *[other] De retourkosten zijn voor uw rekening.
    } We betalen u terug zodra de retour bij ons binnen is.
    .subject = Zo stuurt u bestelling { $order_id } terug

refund-processed =
    We hebben { $amount } voor uw bestelling { $order_id } teruggestort via de oorspronkelijke betaalmethode. Afhankelijk van uw bank kan het een paar werkdagen duren voordat het bedrag op uw afschrift staat.
    .subject = Terugbetaling voor bestelling { $order_id }

partial-refund-offer =
    Als excuus willen we u { $amount } van uw bestelling { $order_id } terugbetalen, en u houdt het artikel. Stuurt u het liever terug voor een volledige terugbetaling, dan kan dat natuurlijk ook.

warranty-claim =
    Op { $item_name } zit { $months ->
        [one] een maand
       *[other] { $months } maanden
    } garantie. Stuur ons uw bestelnummer { $order_id }, een korte beschrijving van het defect en een foto of video. We bekijken het en stellen een reparatie of vervanging voor; uw wettelijke rechten blijven daarbij gelden.
