### Nach dem Kauf: fehlende Pakete, beschädigte Artikel, Rücksendungen, Erstattungen, Garantie und Beschwerden.

package-not-received =
    Es tut uns leid, dass Ihr Paket noch nicht angekommen ist. Bitte helfen Sie uns mit diesen Schritten:
    1. Prüfen Sie den aktuellen Status mit der Sendungsnummer { $tracking_number }.
    2. Fragen Sie Ihre Nachbarn, den Empfang Ihres Gebäudes oder die örtliche Postfiliale, ob das Paket dort abgegeben wurde.
    3. Prüfen Sie, ob die Lieferadresse der Bestellung { $order_id } stimmt.
    Wenn das Paket innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } nicht auftaucht, geben Sie uns bitte Bescheid, und wir kümmern uns darum.
    .subject = Ihr Paket zur Bestellung { $order_id }

refund-or-reship =
    Bitte entschuldigen Sie die Unannehmlichkeiten mit der Bestellung { $order_id }. Wir können Ihnen den vollen Betrag von { $amount } erstatten oder Ihnen kostenlos ein neues Paket schicken. Bitte teilen Sie uns mit, was Ihnen lieber ist.

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Sehr geehrte Frau { $buyer_title } { $buyer_family_name },
        [male] Sehr geehrter Herr { $buyer_title } { $buyer_family_name },
       *[other] Guten Tag { $buyer_name },
    } vielen Dank für Ihren Hinweis, und bitte entschuldigen Sie vielmals. Wir haben Ihre Beschwerde unter der Nummer { $case_id } erfasst und melden uns innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } mit einer Lösung.
    .subject = Wir haben Ihre Beschwerde erhalten ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Es tut uns sehr leid, dass Ihre Bestellung { $order_id } beschädigt angekommen ist.
        [wrong-item] Es tut uns sehr leid, dass Sie mit der Bestellung { $order_id } einen falschen Artikel erhalten haben.
       *[other] Es tut uns sehr leid, dass mit Ihrer Bestellung { $order_id } etwas nicht stimmt.
    } Könnten Sie uns bitte einige Fotos vom Artikel, von der Verpackung und vom Versandetikett schicken? Sobald wir sie haben, schlagen wir Ihnen einen Ersatz oder eine Erstattung vor.

return-instructions =
    So senden Sie { $item_name } aus der Bestellung { $order_id } zurück:
    1. Verpacken Sie den Artikel sicher, nach Möglichkeit in der Originalverpackung.
    2. Senden Sie ihn innerhalb { $days ->
        [one] eines Tages
       *[other] von { $days } Tagen
    } an: { $return_address }
    3. Schicken Sie uns die Sendungsnummer der Rücksendung.
    { $return_shipping ->
        [free] Die Kosten der Rücksendung übernehmen wir.
       *[other] Die Kosten der Rücksendung tragen Sie.
    } Wir erstatten Ihnen den Betrag, sobald die Rücksendung bei uns eingegangen ist.
    .subject = So senden Sie Ihre Bestellung { $order_id } zurück

refund-processed =
    Wir haben Ihnen { $amount } für die Bestellung { $order_id } auf Ihr ursprüngliches Zahlungsmittel erstattet. Je nach Bank kann es einige Werktage dauern, bis der Betrag auf Ihrem Konto erscheint.
    .subject = Erstattung zu Ihrer Bestellung { $order_id }

partial-refund-offer =
    Als Entschuldigung möchten wir Ihnen { $amount } Ihrer Bestellung { $order_id } erstatten, und Sie behalten den Artikel. Wenn Sie ihn lieber gegen volle Erstattung zurücksenden möchten, ist das selbstverständlich auch möglich.

warranty-claim =
    Auf { $item_name } gewähren wir eine Garantie von { $months ->
        [one] einem Monat
       *[other] { $months } Monaten
    }. Bitte senden Sie uns Ihre Bestellnummer { $order_id }, eine kurze Beschreibung des Fehlers und ein Foto oder Video davon. Wir prüfen den Fall und schlagen Ihnen eine Reparatur oder einen Ersatz vor. Ihre gesetzlichen Gewährleistungsrechte bleiben davon unberührt.
