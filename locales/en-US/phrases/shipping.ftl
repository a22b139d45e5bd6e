### Shipping and customs: dispatch, delays, customs IDs, duties, closures, delivery problems and pickup.
### Variables:
###   $order_id         the order number
###   $carrier          the carrier's name
###   $tracking_number  the parcel's tracking number
###   $days             a number of days
###   $hours            a number of hours
###   $reason           why a parcel is late: "holiday", "customs", "weather" or anything else
###   $delivery_date    the new estimated delivery date, already formatted for the buyer
###   $amount           an amount of money, already formatted with its currency
###   $market           the buyer's market (ISO 3166-1 alpha-2): "KR", "BR", "CN" or any other
###   $duties           "included" when the price includes import duties and taxes, anything else when the buyer pays them
###   $holiday          "lunar-new-year" or anything else (another public holiday)
###   $start_date       first day of the closure, already formatted
###   $end_date         last day of the closure, already formatted
###   $cutoff_date      the last order date that still ships before the closure, already formatted
###   $pickup_point     where the parcel waits (post office, depot), as the carrier names it
###   $store            the convenience store (7-ELEVEN, FamilyMart, ...) and its branch
###   $pickup_code      the pickup code the buyer shows at the store

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

# Customs in KR needs the personal customs clearance code, in BR the CPF, in CN the ID number.
customs-id-request =
    To clear customs, the carrier needs { $market ->
        [KR] your personal customs clearance code (PCCC)
        [BR] your CPF number
        [CN] your national ID number, matching the recipient's name
       *[other] your national ID or tax number
    } for order { $order_id }. Please send it to us in a reply; we use it only for this shipment.

# The BR and US profiles: say up front who pays import duties and taxes.
duties-and-taxes =
    { $duties ->
        [included] Import duties and taxes for your order are included in the price: you have nothing more to pay on delivery.
       *[other] Your order may be charged import duties and taxes, estimated at { $amount }, which the carrier collects from you before delivery. Customs sets the final amount.
    }

# The seller's own closure (e.g. Chinese New Year) and the last order date that still ships.
holiday-closure =
    { $holiday ->
        [lunar-new-year] Our team will be away for the Lunar New Year holiday from { $start_date } to { $end_date }.
       *[other] Our team will be away for a public holiday from { $start_date } to { $end_date }.
    } Orders placed by { $cutoff_date } ship before the break; later orders ship when we are back. Thank you for your understanding.
    .subject = Holiday closure from { $start_date } to { $end_date }

failed-delivery-attempt =
    { $carrier } tried to deliver your order { $order_id } but could not reach you. The parcel is waiting at { $pickup_point } for { $days ->
        [one] one day
       *[other] { $days } days
    }. You can collect it there or arrange a new delivery with tracking number { $tracking_number }.

returned-to-sender =
    The carrier could not deliver your order { $order_id } and is returning it to us. When it arrives, we can send it to you again (shipping costs { $amount }) or refund you. Please tell us which you prefer and check your address.

# TW: convenience-store pickup (7-ELEVEN, FamilyMart); unclaimed parcels go back.
convenience-store-pickup =
    Your order { $order_id } has arrived at { $store } for pickup. Please collect it within { $days ->
        [one] one day
       *[other] { $days } days
    } with your pickup code { $pickup_code }; parcels that are not collected go back to the sender.

tracking-not-updating =
    The tracking for { $tracking_number } has not changed for a few days. This often happens while a parcel travels between countries or waits for customs. We have asked { $carrier } to check, and we will update you within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.
