### Relation client : remerciements après livraison, demandes d’avis, bons de réduction et vœux.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Votre commande a été livrée. Merci d’avoir de nouveau choisi { $shop_name } !
       *[first-time] Votre commande a été livrée. Merci pour votre première commande chez { $shop_name } !
    } Si quelque chose ne correspond pas à vos attentes, répondez simplement à ce message et nous vous aiderons.
    .subject = Merci pour votre commande chez { $shop_name }

review-request =
    Nous espérons que votre achat vous donne satisfaction. Si vous avez un instant, nous serions heureux de lire votre avis : il aide les autres acheteurs et nous aide à progresser. C’est entièrement facultatif, et si vous ne souhaitez pas recevoir ce type de demande, il suffit de nous le dire.
    .subject = Votre commande chez { $shop_name } vous a-t-elle plu ?

returning-buyer-coupon =
    Merci pour votre fidélité à { $shop_name }. Pour vous remercier, voici un code de { $percent } % de réduction sur votre prochaine commande : { $coupon_code }. Il est valable jusqu’au { $expiry_date }.
    .subject = Un petit merci de { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Moubarak ! Nous vous souhaitons, à vous et à votre famille, un mois béni.
        [eid] Aïd Moubarak ! Nous vous souhaitons, à vous et à vos proches, joie et sérénité.
        [diwali] Joyeux Diwali ! Que la fête des lumières vous apporte, à vous et à votre famille, joie et prospérité.
        [lunar-new-year] Bonne année lunaire ! Nous vous souhaitons santé, bonheur et réussite pour la nouvelle année.
        [christmas] Joyeux Noël ! Nous vous souhaitons, à vous et à votre famille, de très belles fêtes.
       *[other] Bonne année ! Nous vous souhaitons santé et bonheur pour l’année à venir.
    }
    Chaleureusement, l’équipe { $shop_name }
