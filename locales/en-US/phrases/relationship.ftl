### Relationship: thanks after delivery, review requests, coupons and holiday greetings.
### Variables:
###   $buyer_status  "first-time" or "returning"
###   $shop_name     the seller's shop name
###   $coupon_code   a discount code
###   $percent       a discount percentage, as a number
###   $expiry_date   when the coupon expires, already formatted for the buyer
###   $occasion      "ramadan", "eid", "diwali", "lunar-new-year", "christmas" or anything else (new year)

thanks-after-delivery =
    { $buyer_status ->
        [returning] Your order has been delivered. Thank you for shopping with { $shop_name } again!
       *[first-time] Your order has been delivered. Thank you for your first order with { $shop_name }!
    } If anything is not as expected, just reply to this message and we will help.
    .subject = Thank you for your order from { $shop_name }

# Consent first (DE: a review request by e-mail needs the buyer's consent); no reward for ratings.
review-request =
    We hope you are happy with your purchase. If you have a moment, we would appreciate a review: it helps other buyers and helps us improve. This is entirely voluntary, and if you do not want to receive such requests, just let us know.
    .subject = How was your order from { $shop_name }?

returning-buyer-coupon =
    Thank you for being a loyal customer of { $shop_name }. As a thank-you, here is a code for { $percent }% off your next order: { $coupon_code }. It is valid until { $expiry_date }.
    .subject = A thank-you from { $shop_name }

# The etiquette says to send them; keep them free of sales pitches.
holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! We wish you and your family a blessed month.
        [eid] Eid Mubarak! We wish you and your loved ones joy and peace.
        [diwali] Happy Diwali! May the festival of lights bring you and your family joy and prosperity.
        [lunar-new-year] Happy Lunar New Year! We wish you health, happiness and success in the new year.
        [christmas] Merry Christmas! We wish you and your family happy holidays.
       *[other] Happy New Year! We wish you health and happiness in the year ahead.
    }
    With warm wishes, the { $shop_name } team
