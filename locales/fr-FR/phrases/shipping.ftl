### Livraison et douane : avis d’expédition, retards, identifiants douaniers, droits et taxes, fermetures, échecs de livraison et retrait en point relais.

order-shipped =
    Bonne nouvelle : votre commande { $order_id } a été expédiée avec { $carrier }. Votre numéro de suivi est { $tracking_number }. Les informations de suivi apparaissent généralement en ligne sous { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
    .subject = Votre commande { $order_id } a été expédiée

shipping-delay =
    { $reason ->
        [holiday] Nous sommes désolés : en raison des jours fériés, votre commande { $order_id } arrivera plus tard que prévu.
        [customs] Nous sommes désolés : votre commande { $order_id } est en attente de dédouanement et arrivera plus tard que prévu.
        [weather] Nous sommes désolés : les intempéries ont retardé votre commande { $order_id }, qui arrivera plus tard que prévu.
       *[other] Nous sommes désolés : votre commande { $order_id } a été retardée par le transporteur et arrivera plus tard que prévu.
    } La nouvelle date de livraison estimée est le { $delivery_date }. Merci de votre patience.
    .subject = Point sur la livraison de votre commande { $order_id }

extra-freight =
    Nous pouvons expédier votre commande avec { $carrier }, comme vous le souhaitez. Cela coûte { $amount } de plus que la livraison standard. Si vous êtes d’accord, merci de régler la différence et nous expédierons votre commande aussitôt.

customs-id-request =
    Pour le dédouanement de la commande { $order_id }, le transporteur a besoin de { $market ->
        [KR] votre code personnel de dédouanement (PCCC)
        [BR] votre numéro CPF
        [CN] votre numéro de carte d’identité, correspondant au nom du destinataire
       *[other] votre numéro d’identité ou d’identification fiscale
    }. Merci de nous le communiquer en réponse ; nous ne l’utiliserons que pour cet envoi.

duties-and-taxes =
    { $duties ->
        [included] Les droits de douane et taxes d’importation de votre commande sont inclus dans le prix : vous n’aurez rien de plus à payer à la livraison.
       *[other] Votre commande peut être soumise à des droits de douane et taxes d’importation, estimés à { $amount }, que le transporteur vous demandera avant la livraison. Le montant définitif est fixé par la douane.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Notre équipe sera en congé pour le Nouvel An lunaire du { $start_date } au { $end_date }.
       *[other] Notre équipe sera en congé pour un jour férié du { $start_date } au { $end_date }.
    } Les commandes passées jusqu’au { $cutoff_date } partiront avant la fermeture ; les suivantes seront expédiées à notre retour. Merci de votre compréhension.
    .subject = Fermeture du { $start_date } au { $end_date }

failed-delivery-attempt =
    { $carrier } a tenté de livrer votre commande { $order_id }, mais vous étiez absent(e). Le colis vous attend à { $pickup_point } pendant { $days ->
        [one] un jour
       *[other] { $days } jours
    }. Vous pouvez le retirer sur place ou programmer une nouvelle livraison avec le numéro de suivi { $tracking_number }.

returned-to-sender =
    Le transporteur n’a pas pu livrer votre commande { $order_id } et nous la retourne. À sa réception, nous pourrons vous la renvoyer (frais de port : { $amount }) ou vous rembourser. Merci de nous dire ce que vous préférez et de vérifier votre adresse.

convenience-store-pickup =
    Votre commande { $order_id } est disponible au retrait chez { $store }. Merci de la retirer sous { $days ->
        [one] un jour
       *[other] { $days } jours
    } avec votre code de retrait { $pickup_code } ; les colis non retirés sont renvoyés à l’expéditeur.

tracking-not-updating =
    Le suivi du colis { $tracking_number } n’a pas évolué depuis quelques jours. C’est fréquent lorsqu’un colis voyage entre deux pays ou attend le dédouanement. Nous avons demandé à { $carrier } de vérifier et reviendrons vers vous d’ici { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }.
