### Cadre de réponse : les lignes d’ouverture et de clôture que l’assistant place autour d’un message : le registre du client, remerciement ou bon retour, excuses pour une réponse tardive, formule finale (seeds 001, 004).
### Variables :
###   $salutation         "formal" si le client a écrit "Dear ...", "casual" s’il a écrit "Hi ..."
###   $agent_name         qui signe la réponse
###   $shop_name          le nom de la boutique
###   $buyer_name         (optional) le nom complet du client
###   $buyer_family_name  (optional) son nom de famille
###   $buyer_given_name   (optional) son prénom
###   $buyer_gender       (optional) "female", "male" ou autre (formule neutre)
###   $agent_gender       (optional) le genre de la personne qui signe
###   $reason             (optional) pourquoi la réponse est tardive : "holiday", "weekend" ou autre

salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] Bonjour Madame { $buyer_family_name },
                [male] Bonjour Monsieur { $buyer_family_name },
               *[other] Bonjour { $buyer_name },
            }
       *[casual] Bonjour { $buyer_given_name } !
    }

first-time-thanks = Merci pour votre demande et pour l’intérêt que vous portez à notre article.

returning-welcome = Quel plaisir de vous retrouver ! Que puis-je faire pour vous ?

late-reply-apology =
    { $reason ->
        [holiday] Veuillez nous excuser pour cette réponse tardive : nos bureaux étaient fermés pour le jour férié.
        [weekend] Veuillez nous excuser pour cette réponse tardive : notre équipe était absente ce week-end.
       *[other] Veuillez nous excuser pour cette réponse tardive, et merci de votre patience.
    }

closing =
    { $salutation ->
        [formal] Bien cordialement,
       *[casual] Belle journée à vous,
    }
    { $agent_name }
    { $shop_name }
