### Négociation : répondre clairement aux demandes de remise, sans fausses promesses (seed 004).

no-discount-gift-offer =
    Nous sommes désolés, mais nous ne pouvons pas baisser davantage le prix de { $item_name } : il est déjà calculé au plus juste.
    En revanche, si vous passez commande aujourd’hui, nous vous offrirons { $gift } en guise de petit cadeau de remerciement.
    .subject = À propos du prix de { $item_name }

volume-discount =
    Pour toute commande de { $quantity ->
        [one] une pièce
       *[other] { $quantity } pièces
    } ou plus, nous pouvons vous accorder { $percent } % de remise sur le prix affiché.

counter-offer =
    Merci pour votre offre de { $offer } pour { $item_name }. Nous ne pouvons pas accepter ce prix, mais nous pouvons vous le proposer à { $price }. Cela vous conviendrait-il ?

bundle-discount =
    Si vous achetez { $item_name } avec n’importe quel autre article de notre boutique, nous vous accordons { $percent } % de remise sur l’ensemble de la commande.

prepaid-discount =
    Si vous payez en ligne à l’avance plutôt qu’à la livraison, nous vous accordons { $amount } de remise sur cette commande, expédiée dès réception du paiement.

sample-offer =
    Nous pouvons vous envoyer un échantillon de { $item_name } pour { $amount }, frais de port compris. Si vous commandez ensuite { $quantity ->
        [one] une pièce
       *[other] { $quantity } pièces
    } ou plus, nous déduirons ce montant de votre commande.

minimum-order-quantity =
    Le prix de gros de { $item_name } s’applique à partir de { $quantity ->
        [one] une pièce
       *[other] { $quantity } pièces
    }. Pour des quantités inférieures, le prix de notre boutique s’applique.
