### Kundenservice: Begrüßungen, Zwischenantworten und Abschlüsse (Seeds 001, 004).
### Variablen:
###   $buyer_name    der Name des Käufers, so wie er unterschreibt
###   $salutation    "formal", wenn der Käufer mit "Dear ..." geschrieben hat, "casual", wenn mit "Hi ..."
###   $buyer_status  "first-time" (Erstkunde) oder "returning" (Stammkunde)
###   $shop_name     der Name des Shops des Verkäufers
###   $agent_name    wer die Antwort unterschreibt
###   $reason        warum die Antwort spät kommt: "holiday", "weekend" oder ein beliebiger anderer Wert
###   $hours         eine Anzahl von Stunden
###   $order_id      die Bestellnummer
###   $days          eine Anzahl von Werktagen

-support-team = Kundenservice

# Die Anrede des Käufers spiegeln; Erstkunden für die Anfrage danken, Stammkunden wieder willkommen heißen.
greeting =
    { $salutation ->
        [formal] Guten Tag { $buyer_name },
       *[casual] Hallo { $buyer_name },
    }
    { $buyer_status ->
        [returning] schön, dass Sie wieder bei uns sind! Was kann ich für Sie tun?
       *[first-time] vielen Dank für Ihre Anfrage und Ihr Interesse an unserem Artikel.
    }
    .subject =
        { $buyer_status ->
            [returning] Willkommen zurück bei { $shop_name }
           *[first-time] Vielen Dank für Ihre Nachricht an { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Bitte entschuldigen Sie die verspätete Antwort: Unser Büro war wegen des Feiertags geschlossen.
        [weekend] Bitte entschuldigen Sie die verspätete Antwort: Unser Team war über das Wochenende nicht erreichbar.
       *[other] Bitte entschuldigen Sie die verspätete Antwort, und vielen Dank für Ihre Geduld.
    }

# Nie raten: sagen, dass man es klärt, und wann man antwortet.
will-check-and-reply =
    Vielen Dank für Ihre Frage. Ich kläre das mit unserem Team und melde mich innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    } bei Ihnen.

# Eine neue Bestellung bestätigen und sagen, wann sie verschickt wird.
order-confirmation =
    Vielen Dank für Ihre Bestellung { $order_id }! Wir versenden sie innerhalb { $days ->
        [one] eines Werktages
       *[other] von { $days } Werktagen
    } und schicken Ihnen die Sendungsnummer, sobald das Paket unterwegs ist.
    .subject = Wir haben Ihre Bestellung { $order_id } erhalten

closing-thanks =
    Nochmals vielen Dank für Ihr Vertrauen. Ich wünsche Ihnen einen schönen Tag!

    Mit freundlichen Grüßen
    { $agent_name }
    { -support-team } von { $shop_name }
