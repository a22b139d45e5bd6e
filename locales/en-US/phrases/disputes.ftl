### Disputes: chargebacks, marketplace cases, escalation and negative reviews.
### Variables:
###   $order_id    the order number
###   $case_id     the dispute's or complaint's reference number
###   $case_type   "chargeback" (opened with the bank or card issuer), anything else for a marketplace dispute
###   $hours       a number of hours
###   $agent_name  who signs the reply

# Offer to resolve it directly; never pressure the buyer to withdraw.
dispute-response =
    { $case_type ->
        [chargeback] We have been told that you disputed the payment for order { $order_id } with your bank.
       *[other] We have seen that you opened a case ({ $case_id }) about order { $order_id }.
    } We are sorry that you are not satisfied, and we would like to resolve this with you directly. Could you tell us what went wrong? We will then propose a solution, for example a replacement or a refund.
    .subject = About your case for order { $order_id }

escalation =
    I have passed your case { $case_id } to my manager, who will look at it personally and contact you within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }. Thank you for your patience.

# A public reply: no order details, no personal data, an offer to continue in private.
negative-review-reply =
    Thank you for your honest feedback, and we are sorry that your experience did not meet your expectations. We take this seriously and have sent you a message to find a solution together.
    { $agent_name }
