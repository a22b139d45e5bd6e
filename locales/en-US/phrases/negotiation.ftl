### Negotiation: answer price requests clearly, without false promises (seed 004).
### Variables:
###   $item_name  the product being discussed
###   $gift       the gift offered, as a noun phrase ("a phone case")
###   $quantity   a number of pieces
###   $percent    a discount percentage, as a number
###   $price      a price, already formatted with its currency
###   $offer      the buyer's offered price, already formatted with its currency
###   $amount     an amount of money, already formatted with its currency

# The price is final, but an order placed now earns a small gift.
no-discount-gift-offer =
    Sorry, we cannot lower the price of { $item_name } any further: it is already as low as we can offer.
    But if you place your order today, we will send you { $gift } as a small gift to thank you.
    .subject = About the price of { $item_name }

volume-discount =
    For orders of { $quantity ->
        [one] one piece
       *[other] { $quantity } pieces
    } or more, we can offer { $percent }% off the listed price.

counter-offer =
    Thank you for your offer of { $offer } for { $item_name }. We cannot accept this price, but we can offer it to you for { $price }. Would that work for you?

# Bundles raise the order value; the IN profile recommends them.
bundle-discount =
    If you buy { $item_name } together with any other item from our shop, we can give you { $percent }% off the whole order.

# Paying in advance instead of cash on delivery (the IN profile recommends a small incentive).
prepaid-discount =
    If you pay online in advance instead of cash on delivery, we can give you { $amount } off this order, and we ship it as soon as the payment arrives.

sample-offer =
    We can send you a sample of { $item_name } for { $amount }, shipping included. If you then order { $quantity ->
        [one] one piece
       *[other] { $quantity } pieces
    } or more, we deduct this amount from your order.

minimum-order-quantity =
    The wholesale price for { $item_name } applies from { $quantity ->
        [one] one piece
       *[other] { $quantity } pieces
    }. For smaller quantities, the price in our shop applies.
