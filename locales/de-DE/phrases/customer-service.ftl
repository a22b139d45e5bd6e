### Kundenservice: Begrüßungen, Zwischenantworten, Nachfassen und Abschlüsse (Seeds 001, 004).
### Variablen wie in en-US. Förmliche Anrede: "Sehr geehrte Frau Dr. Müller" mit $buyer_gender,
### $buyer_title und $buyer_family_name; neutral "Guten Tag Alex Müller" mit Vor- und Nachname.

-support-team = Kundenservice
-fallback-buyer_name = { "" }
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = unserem Shop

# Förmlich, außer der Käufer schreibt locker ("Hallo ..."): Sie-Form in beiden Fällen.
greeting =
    { $salutation ->
        [casual] Hallo { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Sehr geehrte Frau { $buyer_title } { $buyer_family_name },
            [male] Sehr geehrter Herr { $buyer_title } { $buyer_family_name },
           *[other] Guten Tag { $buyer_given_name } { $buyer_family_name },
        }
    }
    { $buyer_status ->
        [returning] schön, wieder von Ihnen zu hören! Wie kann ich Ihnen heute helfen?
       *[first-time] vielen Dank für Ihre Anfrage und Ihr Interesse an unseren Produkten.
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

will-check-and-reply =
    Vielen Dank für Ihre Frage. Ich kläre das mit unserem Team und melde mich innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    } bei Ihnen.

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

away-auto-reply =
    Vielen Dank für Ihre Nachricht. Unser Team ist derzeit nicht erreichbar und ab dem { $return_date } wieder für Sie da. Wir beantworten alle Nachrichten in der Reihenfolge ihres Eingangs. Bei Fragen zu einer Bestellung geben Sie bitte Ihre Bestellnummer an.
    .subject = Automatische Antwort: Wir sind ab dem { $return_date } wieder für Sie da

follow-up-no-reply =
    Ich komme noch einmal auf meine Nachricht zu { $topic } zurück. Bitte teilen Sie mir mit, wann es Ihnen passt, wie Sie weiter vorgehen möchten. Falls sich Ihr Anliegen erledigt hat, brauchen Sie nicht zu antworten.
