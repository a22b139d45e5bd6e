### Klantenservice: begroetingen, wachtberichten, herinneringen en afsluitingen (seeds 001, 004).
### Variabelen als in en-US. U-vorm; formele aanhef met $buyer_gender en $buyer_family_name.

-support-team = Klantenservice
-fallback-buyer_name = klant
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = onze winkel

greeting =
    { $salutation ->
        [casual] Hoi { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Beste mevrouw { $buyer_family_name },
            [male] Beste meneer { $buyer_family_name },
           *[other] Beste { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Fijn om weer van u te horen! Waarmee kan ik u helpen?
       *[first-time] Hartelijk dank voor uw vraag en uw interesse in onze producten.
    }
    .subject =
        { $buyer_status ->
            [returning] Welkom terug bij { $shop_name }
           *[first-time] Bedankt voor uw bericht aan { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Excuses voor de late reactie: ons kantoor was gesloten vanwege de feestdag.
        [weekend] Excuses voor de late reactie: ons team was in het weekend niet bereikbaar.
       *[other] Excuses voor de late reactie, en dank voor uw geduld.
    }

will-check-and-reply =
    Dank voor uw vraag. Ik overleg dit met ons team en kom binnen { $hours ->
        [one] een uur
       *[other] { $hours } uur
    } bij u terug.

order-confirmation =
    Bedankt voor uw bestelling { $order_id }! We verzenden deze binnen { $days ->
        [one] een werkdag
       *[other] { $days } werkdagen
    } en sturen u de track-and-trace-code zodra het pakket onderweg is.
    .subject = We hebben uw bestelling { $order_id } ontvangen

closing-thanks =
    Nogmaals bedankt voor uw vertrouwen. Een fijne dag gewenst!

    Met vriendelijke groet,
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    Bedankt voor uw bericht. Ons team is op dit moment afwezig en is er weer op { $return_date }. We beantwoorden de berichten in volgorde van binnenkomst. Gaat uw vraag over een bestelling, vermeld dan het bestelnummer.
    .subject = Automatisch antwoord: we zijn er weer op { $return_date }

follow-up-no-reply =
    Ik kom nog even terug op mijn eerdere bericht over { $topic }. Laat u ons weten hoe u verder wilt, wanneer het u uitkomt? Hebt u geen hulp meer nodig, dan hoeft u niet te reageren.
