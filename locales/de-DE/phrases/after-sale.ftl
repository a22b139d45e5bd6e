### Kundendienst nach dem Kauf: nicht angekommene Pakete, Rückerstattungen und Beschwerden.
### Variablen:
###   $buyer_name       der Name des Käufers
###   $order_id         die Bestellnummer
###   $tracking_number  die Sendungsnummer des Pakets
###   $days             eine Anzahl von Tagen
###   $amount           ein Geldbetrag, bereits mit Währung formatiert
###   $case_id          die Vorgangsnummer der Beschwerde

package-not-received =
    Es tut uns leid, dass Ihr Paket noch nicht bei Ihnen angekommen ist. Bitte helfen Sie uns mit den folgenden Schritten:
    1. Prüfen Sie den aktuellen Sendungsstatus anhand der Sendungsnummer { $tracking_number }.
    2. Fragen Sie bei Ihren Nachbarn, am Empfang Ihres Gebäudes oder in Ihrer Postfiliale vor Ort nach, ob das Paket dort abgegeben wurde.
    3. Überprüfen Sie, ob die Lieferadresse in der Bestellung { $order_id } korrekt ist.
    Sollte das Paket innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } weiterhin nicht auffindbar sein, geben Sie uns bitte Bescheid – wir kümmern uns dann um eine Lösung für Sie.
    .subject = Ihr Paket zur Bestellung { $order_id }

refund-or-reship =
    Wir bitten vielmals um Entschuldigung für die Unannehmlichkeiten mit Ihrer Bestellung { $order_id }. Wir können Ihnen entweder den vollen Betrag von { $amount } erstatten oder Ihnen kostenlos ein neues Paket zusenden. Bitte teilen Sie uns mit, was Ihnen lieber ist.

complaint-acknowledgement =
    Guten Tag { $buyer_name }, vielen Dank, dass Sie uns darauf aufmerksam gemacht haben, und bitte nehmen Sie unsere aufrichtige Entschuldigung an. Wir haben Ihre Beschwerde unter der Vorgangsnummer { $case_id } aufgenommen und melden uns innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } mit einem Lösungsvorschlag bei Ihnen.
    .subject = Ihre Beschwerde ist bei uns eingegangen ({ $case_id })
