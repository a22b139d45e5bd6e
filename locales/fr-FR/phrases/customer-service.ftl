### Service client : formules d’ouverture, réponses d’attente, relances et formules de politesse (seeds 001, 004).
### Variables comme en en-US. Vouvoiement ; formule formelle avec $buyer_gender et $buyer_family_name.

-support-team = Service client
-fallback-buyer_name = { "" }
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = notre boutique

# Formel par défaut ; « Bonjour … ! » seulement si l’acheteur a écrit de façon familière.
greeting =
    { $salutation ->
        [casual] Bonjour { $buyer_name } !
       *[formal] { $buyer_gender ->
            [female] Bonjour Madame { $buyer_family_name },
            [male] Bonjour Monsieur { $buyer_family_name },
           *[other] Bonjour { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Quel plaisir de vous retrouver ! Que puis-je faire pour vous ?
       *[first-time] Merci pour votre demande et pour l’intérêt que vous portez à nos produits.
    }
    .subject =
        { $buyer_status ->
            [returning] Bon retour chez { $shop_name }
           *[first-time] Merci d’avoir contacté { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Veuillez excuser notre réponse tardive : nos bureaux étaient fermés en raison du jour férié.
        [weekend] Veuillez excuser notre réponse tardive : notre équipe était absente pendant le week-end.
       *[other] Veuillez excuser notre réponse tardive, et merci de votre patience.
    }

will-check-and-reply =
    Merci pour votre question. Je vérifie cela avec notre équipe et je reviens vers vous d’ici { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }.

order-confirmation =
    Merci pour votre commande { $order_id } ! Nous l’expédierons sous { $days ->
        [one] un jour ouvré
       *[other] { $days } jours ouvrés
    } et vous enverrons le numéro de suivi dès qu’elle sera en route.
    .subject = Nous avons bien reçu votre commande { $order_id }

closing-thanks =
    Merci encore pour votre confiance. Très bonne journée à vous !

    Bien cordialement,
    { $agent_name }
    { -support-team } de { $shop_name }

away-auto-reply =
    Merci pour votre message. Notre équipe est actuellement absente et sera de retour le { $return_date }. Nous répondrons aux messages dans l’ordre de leur arrivée. Pour une commande en cours, merci d’indiquer votre numéro de commande.
    .subject = Réponse automatique : de retour le { $return_date }

follow-up-no-reply =
    Je me permets de revenir vers vous au sujet de { $topic }. Quand cela vous conviendra, n’hésitez pas à nous indiquer comment vous souhaitez procéder. Si vous n’avez plus besoin d’aide, inutile de répondre.
