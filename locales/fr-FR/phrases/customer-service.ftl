### Service client : formules d’accueil, réponses d’attente et formules de clôture (seeds 001, 004).
### Variables :
###   $buyer_name    le nom de l’acheteur, tel qu’il signe
###   $salutation    "formal" si l’acheteur a écrit "Dear ...", "casual" s’il a écrit "Hi ..."
###   $buyer_status  "first-time" (premier contact) ou "returning" (client fidèle)
###   $shop_name     le nom de la boutique du vendeur
###   $agent_name    la personne qui signe la réponse
###   $reason        pourquoi la réponse est tardive : "holiday", "weekend" ou toute autre valeur
###   $hours         un nombre d’heures
###   $order_id      le numéro de commande
###   $days          un nombre de jours ouvrés

-support-team = Service client

# Reprendre la formule d’appel de l’acheteur ; remercier un nouveau client pour sa demande, accueillir de nouveau un client fidèle.
greeting =
    { $salutation ->
        [formal] Bonjour { $buyer_name },
       *[casual] Bonjour { $buyer_name } !
    }
    { $buyer_status ->
        [returning] Quel plaisir de vous retrouver ! Que puis-je faire pour vous ?
       *[first-time] Merci pour votre demande et pour l’intérêt que vous portez à notre article.
    }
    .subject =
        { $buyer_status ->
            [returning] Bon retour chez { $shop_name }
           *[first-time] Merci d’avoir contacté { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Veuillez nous excuser pour cette réponse tardive : nos bureaux étaient fermés en raison du jour férié.
        [weekend] Veuillez nous excuser pour cette réponse tardive : notre équipe était absente pendant le week-end.
       *[other] Veuillez nous excuser pour cette réponse tardive, et merci pour votre patience.
    }

# Ne jamais deviner : dire que l’on va se renseigner, et quand on répondra.
will-check-and-reply =
    Merci pour votre question. Je vais vérifier ce point auprès de notre équipe et je reviens vers vous sous { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }.

# Confirmer une nouvelle commande et indiquer quand elle sera expédiée.
order-confirmation =
    Merci pour votre commande { $order_id } ! Nous l’expédierons sous { $days ->
        [one] { $days } jour ouvré
       *[other] { $days } jours ouvrés
    } et vous enverrons le numéro de suivi dès qu’elle sera en route.
    .subject = Nous avons bien reçu votre commande { $order_id }

closing-thanks =
    Merci encore pour votre confiance. Je vous souhaite une excellente journée !

    Bien cordialement,
    { $agent_name }
    { -support-team } { $shop_name }
