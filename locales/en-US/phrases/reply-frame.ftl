### Reply frame: the opening and closing lines the reply composer puts around a message: mirror the buyer's register, thank or welcome back, apologise for a late reply, close (seeds 001, 004).
### Variables:
###   $salutation         "formal" when the buyer wrote "Dear ...", "casual" when they wrote "Hi ..."
###   $agent_name         who signs the reply
###   $shop_name          the seller's shop name
###   $buyer_name         (optional) the buyer's full name as they sign
###   $buyer_family_name  (optional) the buyer's family name
###   $buyer_given_name   (optional) the buyer's given name
###   $buyer_gender       (optional) "female", "male" or anything else (neutral address)
###   $agent_gender       (optional) "female" or "male": the agent's own forms (Thai ค่ะ/ครับ, Portuguese obrigada/obrigado)
###   $reason             (optional) why the reply is late: "holiday", "weekend" or anything else
### (optional): only some languages need the variable; pass it whenever you know it.

# The address line, in the buyer's register and the market's style of address.
salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] Dear Ms { $buyer_family_name },
                [male] Dear Mr { $buyer_family_name },
               *[other] Dear { $buyer_name },
            }
       *[casual] Hi { $buyer_given_name },
    }

first-time-thanks = Thank you for your inquiry and for your interest in our item.

returning-welcome = Nice to see you again! Is there anything I can do for you?

late-reply-apology =
    { $reason ->
        [holiday] Sorry for the late reply: our office was closed for the public holiday.
        [weekend] Sorry for the late reply: our team was away over the weekend.
       *[other] Sorry for the late reply, and thank you for your patience.
    }

closing =
    { $salutation ->
        [formal] Kind regards,
       *[casual] Best wishes,
    }
    { $agent_name }
    { $shop_name }
