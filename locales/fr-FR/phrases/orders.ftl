### Commandes et paiement : paiements refusés, paiement à la livraison, adresses, modifications, annulations et factures.

payment-failed =
    Le paiement de votre commande { $order_id } n’a pas abouti, la commande n’est donc pas encore confirmée. Merci de réessayer ou de choisir un autre moyen de paiement d’ici { $hours ->
        [one] une heure
       *[other] { $hours } heures
    } ; passé ce délai, nous remettrons en vente les articles réservés. Si votre banque affiche un montant en attente, il est généralement libéré automatiquement.
    .subject = Le paiement de la commande { $order_id } n’a pas abouti

payment-received =
    Nous avons bien reçu votre paiement de { $amount } pour la commande { $order_id }. Merci ! Nous préparons maintenant votre commande.
    .subject = Paiement reçu pour la commande { $order_id }

cod-confirmation =
    Merci de confirmer votre commande { $order_id } avec paiement à la livraison : le montant à régler au livreur est de { $amount }. Répondez OUI pour confirmer ou NON pour annuler. Nous expédierons la commande dès votre confirmation.

address-confirmation =
    Avant d’expédier la commande { $order_id }, merci de vérifier l’adresse de livraison : { $address }. Est-elle complète et exacte, y compris le numéro, le bâtiment ou l’étage et le code postal ? Répondez pour confirmer ou envoyez-nous la correction.

order-change-request =
    { $order_state ->
        [not-shipped] Votre commande { $order_id } n’a pas encore été expédiée : nous pouvons donc encore la modifier. Merci de nous indiquer précisément ce que vous souhaitez changer.
       *[shipped] Votre commande { $order_id } a déjà été expédiée et ne peut malheureusement plus être modifiée. Dès réception, nous vous aiderons volontiers pour un échange ou un retour.
    }

order-cancellation =
    Comme vous nous l’avez demandé, nous avons annulé votre commande { $order_id }. Le remboursement de { $amount } sera effectué sur votre moyen de paiement d’origine ; selon votre banque, il apparaîtra sous { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
    .subject = Votre commande { $order_id } a été annulée

invoice-request =
    Nous vous enverrons la facture de la commande { $order_id } sous { $days ->
        [one] un jour ouvré
       *[other] { $days } jours ouvrés
    }. Si elle doit être établie au nom d’une entreprise, merci de nous communiquer la raison sociale, l’adresse et le numéro de TVA intracommunautaire.
    .subject = Facture de votre commande { $order_id }
