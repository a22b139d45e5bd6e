### Negotiation: answer price requests clearly, without false promises (seed 004).
### Variables:
###   $item_name  the product being discussed
###   $gift       the gift offered, as a noun phrase ("a phone case")
###   $quantity   a number of pieces
###   $percent    a discount percentage, as a number

# The price is final, but an order placed now earns a small gift.
no-discount-gift-offer =
    Sorry, we cannot lower the price of { $item_name } any further: it is already our best price.
    But if you place your order today, we will send you { $gift } as a small gift to thank you.
    .subject = About the price of { $item_name }

volume-discount =
    For orders of { $quantity ->
        [one] one piece
       *[other] { $quantity } pieces
    } or more, we can offer { $percent }% off the listed price.
