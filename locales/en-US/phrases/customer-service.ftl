### Customer service: openings, holding replies and closings (seeds 001, 004).
### Variables:
###   $buyer_name    the buyer's name as they sign
###   $salutation    "formal" when the buyer wrote "Dear ...", "casual" when they wrote "Hi ..."
###   $buyer_status  "first-time" or "returning"
###   $shop_name     the seller's shop name
###   $agent_name    who signs the reply
###   $reason        why the reply is late: "holiday", "weekend" or anything else
###   $hours         a number of hours
###   $order_id      the order number
###   $days          a number of business days

-support-team = Customer Service

# Mirror the buyer's salutation; thank a first-time buyer for the inquiry, welcome back a returning one.
greeting =
    { $salutation ->
        [formal] Dear { $buyer_name },
       *[casual] Hi { $buyer_name },
    }
    { $buyer_status ->
        [returning] Nice to see you again! Is there anything I can do for you?
       *[first-time] Thank you for your inquiry and for your interest in our item.
    }
    .subject =
        { $buyer_status ->
            [returning] Welcome back to { $shop_name }
           *[first-time] Thank you for contacting { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Sorry for the late reply: our office was closed for the public holiday.
        [weekend] Sorry for the late reply: our team was away over the weekend.
       *[other] Sorry for the late reply, and thank you for your patience.
    }

# Never guess: say you will find out, and when you will answer.
will-check-and-reply =
    Thank you for your question. I will check this with our team and come back to you within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.

# Confirm a new order and say when it will ship.
order-confirmation =
    Thank you for your order { $order_id }! We will ship it within { $days ->
        [one] one business day
       *[other] { $days } business days
    } and send you the tracking number as soon as it is on its way.
    .subject = We have received your order { $order_id }

closing-thanks =
    Thank you again for your support. Have a nice day!

    Best regards,
    { $agent_name }
    { $shop_name } { -support-team }
