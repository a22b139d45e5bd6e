### Après-vente : colis non reçus, articles endommagés, retours, remboursements, garantie et réclamations.

package-not-received =
    Nous sommes désolés que votre colis ne soit pas encore arrivé. Pourriez-vous nous aider en suivant ces étapes :
    1. Vérifiez le dernier statut avec le numéro de suivi { $tracking_number }.
    2. Demandez à vos voisins, à l’accueil ou au gardien de votre immeuble, ou à votre bureau de poste, s’ils ont reçu le colis.
    3. Vérifiez que l’adresse de livraison de la commande { $order_id } est correcte.
    Si le colis reste introuvable d’ici { $days ->
        [one] un jour
       *[other] { $days } jours
    }, prévenez-nous et nous trouverons une solution.
    .subject = Votre colis pour la commande { $order_id }

refund-or-reship =
    Nous sommes sincèrement désolés pour le problème rencontré avec la commande { $order_id }. Nous pouvons vous rembourser intégralement { $amount } ou vous envoyer gratuitement un nouveau colis. Merci de nous indiquer ce que vous préférez.

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Madame { $buyer_family_name },
        [male] Monsieur { $buyer_family_name },
       *[other] Bonjour { $buyer_name },
    } merci de nous avoir signalé ce problème, et veuillez accepter nos sincères excuses. Nous avons enregistré votre réclamation sous la référence { $case_id } et vous proposerons une solution sous { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
    .subject = Nous avons bien reçu votre réclamation ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Nous sommes vraiment désolés que votre commande { $order_id } soit arrivée endommagée.
        [wrong-item] Nous sommes vraiment désolés que vous ayez reçu un mauvais article dans la commande { $order_id }.
       *[other] Nous sommes vraiment désolés qu’il y ait un problème avec votre commande { $order_id }.
    } Pourriez-vous nous envoyer quelques photos de l’article, de l’emballage et de l’étiquette d’expédition ? Dès réception, nous vous proposerons un remplacement ou un remboursement.

return-instructions =
    Pour retourner { $item_name } de la commande { $order_id } :
    1. Emballez-le soigneusement, si possible dans son emballage d’origine.
    2. Envoyez-le sous { $days ->
        [one] un jour
       *[other] { $days } jours
    } à : { $return_address }
    3. Communiquez-nous le numéro de suivi du retour.
    { $return_shipping ->
        [free] Les frais de retour sont à notre charge.
       *[other] Les frais de retour sont à votre charge.
    } Nous vous remboursons dès réception du retour.
    .subject = Comment retourner votre commande { $order_id }

refund-processed =
    Nous avons remboursé { $amount } pour votre commande { $order_id } sur votre moyen de paiement d’origine. Selon votre banque, le montant peut mettre quelques jours ouvrés à apparaître sur votre relevé.
    .subject = Remboursement de la commande { $order_id }

partial-refund-offer =
    En guise d’excuse, nous souhaitons vous rembourser { $amount } sur votre commande { $order_id }, et vous gardez l’article. Si vous préférez le retourner pour un remboursement complet, c’est bien sûr possible aussi.

warranty-claim =
    { $item_name } bénéficie d’une garantie de { $months ->
        [one] un mois
       *[other] { $months } mois
    }. Merci de nous envoyer votre numéro de commande { $order_id }, une brève description du défaut et une photo ou une vidéo. Nous l’examinerons et vous proposerons une réparation ou un remplacement, sans préjudice de la garantie légale de conformité.
