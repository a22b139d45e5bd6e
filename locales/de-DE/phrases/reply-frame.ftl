### Antwortrahmen: die Eröffnungs- und Schlusszeilen, die der Antwortassistent um eine Nachricht setzt: Anrede im Ton des Käufers, Dank oder Willkommen zurück, Entschuldigung für eine späte Antwort, Gruß (Seeds 001, 004).
### Variablen:
###   $salutation         "formal", wenn der Käufer mit "Dear ..." geschrieben hat, "casual", wenn mit "Hi ..."
###   $agent_name         wer die Antwort unterschreibt
###   $shop_name          der Name des Shops
###   $buyer_name         (optional) der volle Name des Käufers
###   $buyer_family_name  (optional) der Nachname
###   $buyer_given_name   (optional) der Vorname
###   $buyer_gender       (optional) "female", "male" oder etwas anderes (neutrale Anrede)
###   $agent_gender       (optional) das Geschlecht des Unterzeichnenden
###   $reason             (optional) warum die Antwort spät kommt: "holiday", "weekend" oder anderes

# Nach der Anrede mit Komma geht es klein weiter (DIN 5008).
salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] Sehr geehrte Frau { $buyer_family_name },
                [male] Sehr geehrter Herr { $buyer_family_name },
               *[other] Guten Tag { $buyer_name },
            }
       *[casual] Hallo { $buyer_given_name },
    }

first-time-thanks = vielen Dank für Ihre Anfrage und Ihr Interesse an unserem Artikel.

returning-welcome = schön, dass Sie wieder bei uns sind! Was kann ich für Sie tun?

late-reply-apology =
    { $reason ->
        [holiday] Bitte entschuldigen Sie die verspätete Antwort: Unser Büro war wegen des Feiertags geschlossen.
        [weekend] Bitte entschuldigen Sie die verspätete Antwort: Unser Team war über das Wochenende nicht erreichbar.
       *[other] Bitte entschuldigen Sie die verspätete Antwort, und vielen Dank für Ihre Geduld.
    }

closing =
    { $salutation ->
        [formal] Mit freundlichen Grüßen
       *[casual] Viele Grüße
    }
    { $agent_name }
    { $shop_name }
