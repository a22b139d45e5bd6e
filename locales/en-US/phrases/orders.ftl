### Orders and payment: payment problems, cash on delivery, addresses, changes, cancellations and invoices.
### Variables:
###   $order_id      the order number
###   $amount        an amount of money, already formatted with its currency
###   $hours         a number of hours
###   $days          a number of days
###   $address       the delivery address as the buyer entered it
###   $order_state   "not-shipped" or "shipped" (anything else: as "shipped")

payment-failed =
    The payment for your order { $order_id } did not go through, so the order is not confirmed yet. Please try again or choose another payment method within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }; after that we release the reserved items. If your bank shows a pending amount, it is usually released automatically.
    .subject = Payment for order { $order_id } did not go through

payment-received =
    We have received your payment of { $amount } for order { $order_id }. Thank you! We are now preparing your order.
    .subject = Payment received for order { $order_id }

# The SA, IN and NG profiles: confirm cash-on-delivery orders before dispatch.
cod-confirmation =
    Please confirm your cash-on-delivery order { $order_id }: the amount to pay the courier on delivery is { $amount }. Reply YES to confirm or NO to cancel. We will ship the order as soon as you confirm.

address-confirmation =
    Before we ship order { $order_id }, please check the delivery address: { $address }. Is it complete and correct, including the house or flat number and postcode? Reply to confirm or send us the correction.

order-change-request =
    { $order_state ->
        [not-shipped] Your order { $order_id } has not been shipped yet, so we can still change it. Please tell us exactly what you would like to change.
       *[shipped] Your order { $order_id } has already been shipped, so we can no longer change it. Once you receive it, we will gladly help you with an exchange or a return.
    }

order-cancellation =
    As you asked, we have cancelled your order { $order_id }. The refund of { $amount } goes back to your original payment method; depending on your bank it appears within { $days ->
        [one] one day
       *[other] { $days } days
    }.
    .subject = Your order { $order_id } has been cancelled

# GST invoice (IN), nota fiscal (BR), Rechnung with VAT ID (DE): ask for the company details.
invoice-request =
    We will send you the invoice for order { $order_id } within { $days ->
        [one] one business day
       *[other] { $days } business days
    }. If you need it issued to a company, please send us the company name, address and tax number.
    .subject = Invoice for order { $order_id }
