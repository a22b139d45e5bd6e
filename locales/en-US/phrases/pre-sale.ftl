### Pre-sale: stock, pre-orders, sizes, where we ship and how to pay.
### Variables:
###   $item_name        the product being discussed
###   $restock_date     the expected restock date, already formatted for the buyer
###   $ship_date        when pre-orders ship, already formatted for the buyer
###   $link             a link to the product page or size chart
###   $country          the buyer's country, as a name in the buyer's language
###   $payment_methods  the accepted payment methods as one formatted list ("Visa, PayPal or Pix")

# Say when it is expected, and offer to tell the buyer; never promise a date you do not have.
out-of-stock =
    Thank you for your interest in { $item_name }. It is out of stock at the moment; we expect new stock around { $restock_date }. Would you like us to let you know as soon as it is available again?

pre-order =
    { $item_name } is available for pre-order. We plan to ship pre-orders from { $ship_date } and will tell you at once if that date changes. You can cancel a pre-order at any time before it ships.

# Ask for measurements instead of guessing a size.
size-and-fit =
    Our size chart for { $item_name } is here: { $link }. If you tell us your usual size and your measurements (height, chest and waist), we will gladly recommend a size for you.

no-shipping-to-country =
    Thank you for your interest. Unfortunately, we cannot ship to { $country } at the moment. We are sorry for the inconvenience and hope to offer delivery there in the future.

# One concise line (seed 004).
payment-methods =
    You can pay with { $payment_methods }.
