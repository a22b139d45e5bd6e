### Customer service: openings, holding replies, follow-ups and closings (seeds 001, 004).
### Variables:
###   $buyer_name         the buyer's full name as they sign
###   $buyer_given_name   the buyer's given name
###   $buyer_family_name  the buyer's family name
###   $buyer_title        an academic or professional title such as "Dr." (de-DE puts it after Frau/Herr)
###   $buyer_gender       "female", "male", or anything else for a neutral form
###   $agent_gender       "female" or "male": the signing agent (th-TH particles ค่ะ/ครับ)
###   $salutation         "formal" (default) when the buyer wrote "Dear ...", "casual" when they wrote "Hi ..."
###   $buyer_status       "first-time" or "returning"
###   $shop_name          the seller's shop name
###   $agent_name         who signs the reply
###   $reason             why the reply is late: "holiday", "weekend" or anything else
###   $hours              a number of hours
###   $order_id           the order number
###   $days               a number of business days
###   $return_date        when the team is back, already formatted for the buyer
###   $topic              what the earlier message was about, as a short noun phrase
### Translations may use any of the address variables ($buyer_*, $agent_gender) their language needs.
### A variable a request does not give renders as the locale's `-fallback-<variable>` term (else "…").

-support-team = Customer Service
-fallback-buyer_name = customer
-fallback-buyer_given_name = there
-fallback-buyer_family_name = customer
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = our shop

# Mirror the buyer's salutation, formal unless they wrote casually; thank a first-time buyer
# for the inquiry, welcome back a returning one.
greeting =
    { $salutation ->
        [casual] Hi { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Dear Ms { $buyer_family_name },
            [male] Dear Mr { $buyer_family_name },
           *[other] Dear { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Nice to hear from you again! How can I help you today?
       *[first-time] Thank you for your inquiry and for your interest in our products.
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

    Kind regards,
    { $agent_name }
    { $shop_name } { -support-team }

# Automatic reply outside business hours or during a closure.
away-auto-reply =
    Thank you for your message. Our team is currently away and will be back on { $return_date }. We will answer your message in the order it arrived. For an existing order, please include your order number.
    .subject = Automatic reply: we are back on { $return_date }

# The buyer has not answered a question the seller needs answered; one polite reminder only.
follow-up-no-reply =
    I am following up on my earlier message about { $topic }. Whenever it suits you, please let me know how you would like to proceed. If you no longer need help, there is no need to reply.
