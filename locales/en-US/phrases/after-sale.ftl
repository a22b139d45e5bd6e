### After-sale: missing parcels, damaged items, returns, refunds, warranty and complaints.
### Variables:
###   $buyer_name       the buyer's name (translations may use the other address variables)
###   $order_id         the order number
###   $item_name        the product concerned
###   $tracking_number  the parcel's tracking number
###   $days             a number of days
###   $months           a number of months
###   $amount           an amount of money, already formatted with its currency
###   $case_id          the complaint's reference number
###   $problem          "damaged", "wrong-item" or anything else (another fault)
###   $return_address   where to send a return, already formatted
###   $return_shipping  "free" when the seller pays the return, anything else when the buyer does

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

# Ask for photos before deciding: they settle the case with the carrier or marketplace.
damaged-or-wrong-item =
    { $problem ->
        [damaged] We are very sorry that your order { $order_id } arrived damaged.
        [wrong-item] We are very sorry that you received the wrong item in order { $order_id }.
       *[other] We are very sorry that something is wrong with your order { $order_id }.
    } Could you please send us a few photos of the item, the packaging and the shipping label? As soon as we have them, we will propose a replacement or a refund.

return-instructions =
    To return { $item_name } from order { $order_id }:
    1. Pack it securely, if possible in its original packaging.
    2. Send it within { $days ->
        [one] one day
       *[other] { $days } days
    } to: { $return_address }
    3. Send us the tracking number of the return.
    { $return_shipping ->
        [free] We pay the return shipping.
       *[other] The return shipping is at your expense.
    } We refund you as soon as the return arrives.
    .subject = How to return your order { $order_id }

refund-processed =
    We have refunded { $amount } for your order { $order_id } to your original payment method. Depending on your bank, it can take a few business days to appear on your statement.
    .subject = Refund for order { $order_id }

# Offer a partial refund, and leave the full return open.
partial-refund-offer =
    As an apology, we would like to refund { $amount } of your order { $order_id }, and you keep the item. If you would rather return it for a full refund, that is of course possible too.

warranty-claim =
    { $item_name } has a warranty of { $months ->
        [one] one month
       *[other] { $months } months
    }. Please send us your order number { $order_id }, a short description of the fault and a photo or video of it. We will check it and propose a repair or a replacement.
