### Bestellung und Zahlung: Zahlungsprobleme, Nachnahme, Adressen, Änderungen, Stornierungen und Rechnungen.

payment-failed =
    Die Zahlung für Ihre Bestellung { $order_id } ist leider nicht durchgegangen, daher ist die Bestellung noch nicht bestätigt. Bitte versuchen Sie es innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    } erneut oder wählen Sie eine andere Zahlungsart; danach geben wir die reservierten Artikel wieder frei. Falls Ihre Bank einen vorgemerkten Betrag anzeigt, wird dieser in der Regel automatisch freigegeben.
    .subject = Zahlung für Bestellung { $order_id } nicht erfolgreich

payment-received =
    Wir haben Ihre Zahlung über { $amount } für die Bestellung { $order_id } erhalten. Vielen Dank! Wir bereiten Ihre Bestellung jetzt vor.
    .subject = Zahlungseingang für Bestellung { $order_id }

cod-confirmation =
    Bitte bestätigen Sie Ihre Nachnahme-Bestellung { $order_id }: Bei der Zustellung zahlen Sie { $amount } an den Zusteller. Antworten Sie mit JA zur Bestätigung oder mit NEIN zur Stornierung. Wir versenden die Bestellung, sobald Sie bestätigt haben.

address-confirmation =
    Bevor wir die Bestellung { $order_id } versenden, prüfen Sie bitte die Lieferadresse: { $address }. Ist sie vollständig und richtig, einschließlich Hausnummer und Postleitzahl? Bitte bestätigen Sie kurz oder senden Sie uns die Korrektur.

order-change-request =
    { $order_state ->
        [not-shipped] Ihre Bestellung { $order_id } wurde noch nicht versandt, wir können sie also noch ändern. Bitte teilen Sie uns genau mit, was Sie ändern möchten.
       *[shipped] Ihre Bestellung { $order_id } wurde bereits versandt und kann leider nicht mehr geändert werden. Sobald Sie sie erhalten haben, helfen wir Ihnen gern bei einem Umtausch oder einer Rücksendung.
    }

order-cancellation =
    Wie gewünscht haben wir Ihre Bestellung { $order_id } storniert. Die Erstattung über { $amount } erfolgt auf Ihr ursprüngliches Zahlungsmittel; je nach Bank ist sie innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } sichtbar.
    .subject = Ihre Bestellung { $order_id } wurde storniert

invoice-request =
    Wir senden Ihnen die Rechnung zur Bestellung { $order_id } innerhalb { $days ->
        [one] eines Werktages
       *[other] von { $days } Werktagen
    }. Soll die Rechnung auf ein Unternehmen ausgestellt werden, senden Sie uns bitte Firmenname, Anschrift und USt-IdNr.
    .subject = Rechnung zu Ihrer Bestellung { $order_id }
