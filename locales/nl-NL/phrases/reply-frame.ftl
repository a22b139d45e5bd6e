### Antwoordkader: de openings- en slotregels die de antwoordassistent rond een bericht zet: de aanhef in de toon van de klant, bedankje of welkom terug, excuses voor een late reactie, afsluiting (seeds 001, 004).
### Variabelen:
###   $salutation         "formal" als de klant met "Dear ..." begon, "casual" bij "Hi ..."
###   $agent_name         wie het antwoord ondertekent
###   $shop_name          de naam van de winkel
###   $buyer_name         (optional) de volledige naam van de klant, zoals die ondertekent
###   $buyer_family_name  (optional) de achternaam (formele aanhef met mevrouw/meneer)
###   $buyer_given_name   (optional) de voornaam
###   $buyer_gender       (optional) "female", "male" of iets anders (neutrale aanhef)
###   $agent_gender       (optional) het geslacht van wie ondertekent
###   $reason             (optional) waarom het antwoord laat is: "holiday", "weekend" of iets anders
### U-vorm, zoals in customer-service; standaard formeel.

salutation =
    { $salutation ->
        [casual] Hoi { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Beste mevrouw { $buyer_family_name },
                [male] Beste meneer { $buyer_family_name },
               *[other] Beste { $buyer_name },
            }
    }

first-time-thanks = Hartelijk dank voor uw vraag en uw interesse in ons artikel.

returning-welcome = Fijn om weer van u te horen! Waarmee kan ik u helpen?

late-reply-apology =
    { $reason ->
        [holiday] Onze excuses voor de late reactie: ons kantoor was gesloten vanwege de feestdag.
        [weekend] Onze excuses voor de late reactie: ons team was in het weekend niet bereikbaar.
       *[other] Onze excuses voor de late reactie en bedankt voor uw geduld.
    }

closing =
    { $salutation ->
        [casual] Hartelijke groet,
       *[formal] Met vriendelijke groet,
    }
    { $agent_name }
    { $shop_name }
