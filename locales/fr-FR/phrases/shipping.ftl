### Expédition : avis d’expédition, retards et demandes de transporteur.
### Variables :
###   $order_id         le numéro de commande
###   $carrier          le nom du transporteur
###   $tracking_number  le numéro de suivi du colis
###   $days             un nombre de jours
###   $reason           pourquoi un colis est en retard : "holiday", "customs", "weather" ou toute autre valeur
###   $delivery_date    la nouvelle date de livraison estimée, déjà formatée pour l’acheteur
###   $amount           un montant, déjà formaté avec sa devise

order-shipped =
    Bonne nouvelle : votre commande { $order_id } a été expédiée via { $carrier }. Votre numéro de suivi est { $tracking_number }. Les informations de suivi apparaissent généralement en ligne sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
    .subject = Votre commande { $order_id } a été expédiée

shipping-delay =
    { $reason ->
        [holiday] Nous sommes désolés : en raison des jours fériés, votre commande { $order_id } arrivera plus tard que prévu.
        [customs] Nous sommes désolés : votre commande { $order_id } est en attente de dédouanement et arrivera plus tard que prévu.
        [weather] Nous sommes désolés : en raison de mauvaises conditions météorologiques, votre commande { $order_id } a pris du retard et arrivera plus tard que prévu.
       *[other] Nous sommes désolés : votre commande { $order_id } a été retardée par le transporteur et arrivera plus tard que prévu.
    } Nouvelle date de livraison estimée : { $delivery_date }. Merci pour votre patience.
    .subject = Information sur la livraison de votre commande { $order_id }

# L’acheteur a demandé un transporteur plus rapide ou précis, qui coûte plus cher.
extra-freight =
    Nous pouvons expédier votre commande avec { $carrier }, comme vous l’avez demandé. Ce mode d’envoi coûte { $amount } de plus que la livraison standard. Si vous êtes d’accord, il vous suffit de régler la différence et nous expédierons votre commande aussitôt.
