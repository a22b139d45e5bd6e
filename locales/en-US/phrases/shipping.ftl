### Shipping: dispatch notices, delays and carrier requests.
### Variables:
###   $order_id         the order number
###   $carrier          the carrier's name
###   $tracking_number  the parcel's tracking number
###   $days             a number of days
###   $reason           why a parcel is late: "holiday", "customs", "weather" or anything else
###   $delivery_date    the new estimated delivery date, already formatted for the buyer
###   $amount           an amount of money, already formatted with its currency

order-shipped =
    Good news: your order { $order_id } has been shipped with { $carrier }. Your tracking number is { $tracking_number }. Tracking details usually appear online within { $days ->
        [one] one day
       *[other] { $days } days
    }.
    .subject = Your order { $order_id } has been shipped

shipping-delay =
    { $reason ->
        [holiday] We are sorry: because of the public holidays, your order { $order_id } will arrive later than planned.
        [customs] We are sorry: your order { $order_id } is waiting for customs clearance and will arrive later than planned.
        [weather] We are sorry: bad weather has delayed your order { $order_id }, and it will arrive later than planned.
       *[other] We are sorry: your order { $order_id } has been delayed by the carrier and will arrive later than planned.
    } The new estimated delivery date is { $delivery_date }. Thank you for your patience.
    .subject = Delivery update for your order { $order_id }

# The buyer asked for a faster or specific carrier that costs more.
extra-freight =
    We can ship your order with { $carrier } as you asked. It costs { $amount } more than the standard shipping. If you agree, please pay the difference and we will send your order right away.
