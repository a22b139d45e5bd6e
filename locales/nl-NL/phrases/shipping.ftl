### Verzending en douane: verzendberichten, vertragingen, douanegegevens, invoerrechten, sluitingsdagen, mislukte bezorging en afhalen.

order-shipped =
    Goed nieuws: uw bestelling { $order_id } is verzonden met { $carrier }. Uw track-and-trace-code is { $tracking_number }. De verzendinformatie is meestal binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } online zichtbaar.
    .subject = Uw bestelling { $order_id } is verzonden

shipping-delay =
    { $reason ->
        [holiday] Het spijt ons: door de feestdagen komt uw bestelling { $order_id } later aan dan gepland.
        [customs] Het spijt ons: uw bestelling { $order_id } wacht op inklaring bij de douane en komt later aan dan gepland.
        [weather] Het spijt ons: door slecht weer is uw bestelling { $order_id } vertraagd en komt later aan dan gepland.
       *[other] Het spijt ons: uw bestelling { $order_id } is bij de vervoerder vertraagd en komt later aan dan gepland.
    } De nieuwe verwachte leverdatum is { $delivery_date }. Dank voor uw geduld.
    .subject = Update over de levering van uw bestelling { $order_id }

extra-freight =
    We kunnen uw bestelling zoals gevraagd met { $carrier } verzenden. Dat kost { $amount } meer dan de standaardverzending. Gaat u akkoord, betaal dan het verschil en we verzenden uw bestelling meteen.

customs-id-request =
    Voor de inklaring van bestelling { $order_id } heeft de vervoerder { $market ->
        [KR] uw persoonlijke douanecode (PCCC)
        [BR] uw CPF-nummer
        [CN] uw identiteitsnummer, passend bij de naam van de ontvanger
       *[other] uw identiteits- of fiscaal nummer
    } nodig. Wilt u dit in uw antwoord sturen? We gebruiken het alleen voor deze zending.

duties-and-taxes =
    { $duties ->
        [included] Invoerrechten en belastingen voor uw bestelling zijn bij de prijs inbegrepen: u betaalt bij levering niets extra.
       *[other] Voor uw bestelling kunnen invoerrechten en belastingen van naar schatting { $amount } verschuldigd zijn, die de vervoerder vóór de bezorging bij u int. Het definitieve bedrag stelt de douane vast.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Ons team is vanwege het Chinees Nieuwjaar afwezig van { $start_date } tot en met { $end_date }.
       *[other] Ons team is vanwege een feestdag afwezig van { $start_date } tot en met { $end_date }.
    } Bestellingen tot en met { $cutoff_date } verzenden we nog vóór de sluiting; latere bestellingen na onze terugkeer. Dank voor uw begrip.
    .subject = Gesloten van { $start_date } tot en met { $end_date }

failed-delivery-attempt =
    { $carrier } heeft geprobeerd uw bestelling { $order_id } te bezorgen, maar trof niemand thuis. Het pakket ligt { $days ->
        [one] een dag
       *[other] { $days } dagen
    } voor u klaar bij { $pickup_point }. U kunt het daar ophalen of met track-and-trace-code { $tracking_number } een nieuwe bezorging plannen.

returned-to-sender =
    De vervoerder kon uw bestelling { $order_id } niet bezorgen en stuurt die naar ons terug. Zodra het pakket binnen is, kunnen we het opnieuw versturen (verzendkosten { $amount }) of u het bedrag terugbetalen. Laat u ons weten wat u wilt en controleert u uw adres?

convenience-store-pickup =
    Uw bestelling { $order_id } ligt klaar om af te halen bij { $store }. Haal het pakket binnen { $days ->
        [one] een dag
       *[other] { $days } dagen
    } op met uw ophaalcode { $pickup_code }; pakketten die niet worden opgehaald, gaan terug naar de afzender.

tracking-not-updating =
    De track-and-trace van { $tracking_number } is al een paar dagen niet bijgewerkt. Dat gebeurt vaak als een pakket tussen landen onderweg is of op de douane wacht. We hebben { $carrier } gevraagd het na te gaan en laten binnen { $hours ->
        [one] een uur
       *[other] { $hours } uur
    } van ons horen.
