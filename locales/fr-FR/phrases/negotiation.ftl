### Négociation : répondre clairement aux demandes de prix, sans fausses promesses (seed 004).
### Variables :
###   $item_name  le produit concerné
###   $gift       le cadeau offert, sous forme de groupe nominal ("une coque de téléphone")
###   $quantity   un nombre d’unités
###   $percent    un pourcentage de remise, sous forme de nombre

# Le prix est définitif, mais une commande passée maintenant donne droit à un petit cadeau.
no-discount-gift-offer =
    Nous sommes désolés, mais nous ne pouvons pas baisser davantage le prix de { $item_name } : il s’agit déjà de notre meilleur prix.
    En revanche, si vous passez commande aujourd’hui, nous vous offrirons { $gift } en petit cadeau, pour vous remercier.
    .subject = Concernant le prix de { $item_name }

volume-discount =
    Pour toute commande à partir de { $quantity ->
        [one] { $quantity } unité
       *[other] { $quantity } unités
    }, nous pouvons vous proposer une remise de { $percent } % sur le prix affiché.
