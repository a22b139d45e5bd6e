### Versand und Zoll: Versandbestätigungen, Verzögerungen, Zolldaten, Einfuhrabgaben, Betriebsferien, Zustellprobleme und Abholung.

order-shipped =
    Gute Nachricht: Ihre Bestellung { $order_id } wurde mit { $carrier } versandt. Ihre Sendungsnummer lautet { $tracking_number }. Die Sendungsverfolgung ist in der Regel innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } online sichtbar.
    .subject = Ihre Bestellung { $order_id } wurde versandt

shipping-delay =
    { $reason ->
        [holiday] Es tut uns leid: Wegen der Feiertage kommt Ihre Bestellung { $order_id } später an als geplant.
        [customs] Es tut uns leid: Ihre Bestellung { $order_id } wartet auf die Zollabfertigung und kommt später an als geplant.
        [weather] Es tut uns leid: Schlechtes Wetter hat Ihre Bestellung { $order_id } verzögert, sie kommt später an als geplant.
       *[other] Es tut uns leid: Ihre Bestellung { $order_id } wurde beim Versanddienstleister verzögert und kommt später an als geplant.
    } Der neue voraussichtliche Liefertermin ist der { $delivery_date }. Vielen Dank für Ihre Geduld.
    .subject = Neuigkeiten zur Lieferung Ihrer Bestellung { $order_id }

extra-freight =
    Wir können Ihre Bestellung wie gewünscht mit { $carrier } versenden. Das kostet { $amount } mehr als der Standardversand. Wenn Sie einverstanden sind, zahlen Sie bitte den Differenzbetrag, und wir schicken Ihre Bestellung sofort los.

customs-id-request =
    Für die Zollabfertigung der Bestellung { $order_id } benötigt der Versanddienstleister { $market ->
        [KR] Ihren persönlichen Zollcode (Personal Customs Clearance Code, PCCC)
        [BR] Ihre CPF-Nummer
        [CN] Ihre Personalausweisnummer, passend zum Namen des Empfängers
       *[other] Ihre Ausweis- oder Steuernummer
    }. Bitte senden Sie sie uns als Antwort; wir verwenden sie ausschließlich für diese Sendung.

duties-and-taxes =
    { $duties ->
        [included] Einfuhrzölle und Steuern für Ihre Bestellung sind im Preis enthalten: Bei der Zustellung zahlen Sie nichts mehr.
       *[other] Für Ihre Bestellung können Einfuhrzölle und Steuern von voraussichtlich { $amount } anfallen, die der Versanddienstleister vor der Zustellung bei Ihnen erhebt. Den endgültigen Betrag legt der Zoll fest.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Unser Team ist wegen des chinesischen Neujahrsfests vom { $start_date } bis zum { $end_date } nicht erreichbar.
       *[other] Unser Team ist wegen eines Feiertags vom { $start_date } bis zum { $end_date } nicht erreichbar.
    } Bestellungen bis zum { $cutoff_date } versenden wir noch vor der Pause, spätere nach unserer Rückkehr. Vielen Dank für Ihr Verständnis.
    .subject = Betriebsferien vom { $start_date } bis zum { $end_date }

failed-delivery-attempt =
    { $carrier } konnte Ihre Bestellung { $order_id } leider nicht zustellen, da niemand angetroffen wurde. Das Paket liegt { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } lang bei { $pickup_point } für Sie bereit. Sie können es dort abholen oder mit der Sendungsnummer { $tracking_number } eine neue Zustellung vereinbaren.

returned-to-sender =
    Der Versanddienstleister konnte Ihre Bestellung { $order_id } nicht zustellen und schickt sie an uns zurück. Sobald sie bei uns ist, können wir sie erneut versenden (Versandkosten { $amount }) oder Ihnen den Betrag erstatten. Bitte teilen Sie uns mit, was Ihnen lieber ist, und prüfen Sie Ihre Adresse.

convenience-store-pickup =
    Ihre Bestellung { $order_id } liegt zur Abholung bei { $store } bereit. Bitte holen Sie sie innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } mit Ihrem Abholcode { $pickup_code } ab; nicht abgeholte Pakete gehen an den Absender zurück.

tracking-not-updating =
    Die Sendungsverfolgung für { $tracking_number } hat sich seit einigen Tagen nicht geändert. Das kommt häufig vor, während ein Paket zwischen zwei Ländern unterwegs ist oder auf den Zoll wartet. Wir haben { $carrier } um Prüfung gebeten und melden uns innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    } bei Ihnen.
