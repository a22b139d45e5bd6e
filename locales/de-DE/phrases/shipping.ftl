### Versand: Versandbestätigungen, Verzögerungen und Wünsche zum Versanddienstleister.
### Variablen:
###   $order_id         die Bestellnummer
###   $carrier          der Name des Versanddienstleisters
###   $tracking_number  die Sendungsnummer des Pakets
###   $days             eine Anzahl von Tagen
###   $reason           warum ein Paket verspätet ist: "holiday", "customs", "weather" oder ein beliebiger anderer Wert
###   $delivery_date    der neue voraussichtliche Liefertermin, bereits für den Käufer formatiert
###   $amount           ein Geldbetrag, bereits mit Währung formatiert

order-shipped =
    Gute Nachricht: Ihre Bestellung { $order_id } wurde mit { $carrier } versandt. Ihre Sendungsnummer lautet { $tracking_number }. Die Sendungsverfolgung ist in der Regel innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } online abrufbar.
    .subject = Ihre Bestellung { $order_id } wurde versandt

shipping-delay =
    { $reason ->
        [holiday] Es tut uns leid, aber aufgrund der Feiertage wird Ihre Bestellung { $order_id } später als geplant bei Ihnen ankommen.
        [customs] Es tut uns leid, aber Ihre Bestellung { $order_id } wartet derzeit auf die Zollabfertigung und wird später als geplant bei Ihnen ankommen.
        [weather] Es tut uns leid, aber schlechtes Wetter hat die Zustellung Ihrer Bestellung { $order_id } verzögert, sodass sie später als geplant bei Ihnen ankommen wird.
       *[other] Es tut uns leid, aber beim Versanddienstleister hat sich die Zustellung Ihrer Bestellung { $order_id } verzögert, sodass sie später als geplant bei Ihnen ankommen wird.
    } Neuer voraussichtlicher Liefertermin: { $delivery_date }. Vielen Dank für Ihre Geduld.
    .subject = Neuigkeiten zur Lieferung Ihrer Bestellung { $order_id }

# Der Käufer hat einen schnelleren oder bestimmten Versanddienstleister gewünscht, der mehr kostet.
extra-freight =
    Gerne versenden wir Ihre Bestellung wie gewünscht mit { $carrier }. Dies kostet { $amount } mehr als der Standardversand. Wenn Sie einverstanden sind, begleichen Sie bitte die Differenz – wir versenden Ihre Bestellung dann umgehend.
