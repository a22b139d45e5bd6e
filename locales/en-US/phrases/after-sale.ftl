### After-sale: missing parcels, refunds and complaints.
### Variables:
###   $buyer_name       the buyer's name
###   $order_id         the order number
###   $tracking_number  the parcel's tracking number
###   $days             a number of days
###   $amount           an amount of money, already formatted with its currency
###   $case_id          the complaint's reference number

package-not-received =
    We are sorry that your parcel has not arrived yet. Please help us with these steps:
    1. Check the latest status with tracking number { $tracking_number }.
    2. Ask your neighbours, your building's reception or the local post office whether they received it.
    3. Confirm that the delivery address on order { $order_id } is correct.
    If the parcel still cannot be found within { $days ->
        [one] one day
       *[other] { $days } days
    }, please tell us and we will solve it for you.
    .subject = Your parcel for order { $order_id }

refund-or-reship =
    We are very sorry for the trouble with order { $order_id }. We can offer you a full refund of { $amount } or send you a new parcel free of charge. Please let us know which you prefer.

complaint-acknowledgement =
    Dear { $buyer_name }, thank you for telling us about this, and please accept our sincere apologies. We have recorded your complaint under reference { $case_id } and will reply with a solution within { $days ->
        [one] one day
       *[other] { $days } days
    }.
    .subject = We have received your complaint ({ $case_id })
