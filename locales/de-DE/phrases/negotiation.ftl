### Preisverhandlung: Preisanfragen klar beantworten, ohne falsche Versprechen (Seed 004).
### Variablen:
###   $item_name  der besprochene Artikel
###   $gift       das angebotene Geschenk, als Nominalphrase ("eine Handyhülle")
###   $quantity   eine Stückzahl
###   $percent    ein Rabatt in Prozent, als Zahl

# Der Preis ist endgültig, aber wer jetzt bestellt, erhält ein kleines Geschenk.
no-discount-gift-offer =
    Leider können wir den Preis für { $item_name } nicht weiter senken – es ist bereits unser bester Preis.
    Wenn Sie heute bestellen, legen wir Ihrer Sendung jedoch als kleines Dankeschön ein Geschenk bei: { $gift }.
    .subject = Ihre Preisanfrage zu { $item_name }

volume-discount =
    Ab einer Bestellmenge von { $quantity ->
        [one] einem Stück
       *[other] { $quantity } Stück
    } können wir Ihnen { $percent } % Rabatt auf den angegebenen Preis anbieten.
