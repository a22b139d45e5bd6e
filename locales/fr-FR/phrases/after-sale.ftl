### Après-vente : colis non reçus, remboursements et réclamations.
### Variables :
###   $buyer_name       le nom de l’acheteur
###   $order_id         le numéro de commande
###   $tracking_number  le numéro de suivi du colis
###   $days             un nombre de jours
###   $amount           un montant, déjà formaté avec sa devise
###   $case_id          le numéro de référence de la réclamation

package-not-received =
    Nous sommes désolés que votre colis ne vous soit pas encore parvenu. Merci de nous aider en suivant les étapes ci-dessous :
    1. Vérifiez le dernier statut de votre colis avec le numéro de suivi { $tracking_number }.
    2. Demandez à vos voisins, à l’accueil ou au gardien de votre immeuble, ou à votre bureau de poste, s’ils l’ont reçu.
    3. Vérifiez que l’adresse de livraison indiquée dans la commande { $order_id } est correcte.
    Si le colis reste introuvable sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, n’hésitez pas à nous le signaler : nous trouverons une solution pour vous.
    .subject = Votre colis pour la commande { $order_id }

refund-or-reship =
    Nous sommes sincèrement désolés pour le désagrément rencontré avec votre commande { $order_id }. Nous pouvons vous proposer un remboursement intégral de { $amount } ou l’envoi gratuit d’un nouveau colis. Merci de nous indiquer la solution que vous préférez.

complaint-acknowledgement =
    Bonjour { $buyer_name }, merci de nous avoir signalé ce problème, et veuillez accepter nos sincères excuses. Nous avons enregistré votre réclamation sous la référence { $case_id } et reviendrons vers vous avec une solution sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
    .subject = Nous avons bien reçu votre réclamation ({ $case_id })
