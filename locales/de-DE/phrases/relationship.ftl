### Kundenbeziehung: Dank nach der Zustellung, Bitte um Bewertung, Gutscheine und Festtagsgrüße.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Ihre Bestellung wurde zugestellt. Vielen Dank, dass Sie wieder bei { $shop_name } eingekauft haben!
       *[first-time] Ihre Bestellung wurde zugestellt. Vielen Dank für Ihre erste Bestellung bei { $shop_name }!
    } Wenn etwas nicht Ihren Erwartungen entspricht, antworten Sie einfach auf diese Nachricht, und wir helfen Ihnen.
    .subject = Vielen Dank für Ihre Bestellung bei { $shop_name }

# Nur mit Einwilligung per E-Mail senden (BGH, VI ZR 225/17: Bewertungsbitten sind Werbung).
review-request =
    Wir hoffen, Sie sind mit Ihrem Kauf zufrieden. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung freuen: Sie hilft anderen Kunden und uns, besser zu werden. Das ist selbstverständlich freiwillig; wenn Sie solche Anfragen nicht erhalten möchten, sagen Sie uns einfach Bescheid.
    .subject = Wie war Ihre Bestellung bei { $shop_name }?

returning-buyer-coupon =
    Vielen Dank für Ihre Treue zu { $shop_name }. Als kleines Dankeschön erhalten Sie mit diesem Code { $percent } % Rabatt auf Ihre nächste Bestellung: { $coupon_code }. Er gilt bis zum { $expiry_date }.
    .subject = Ein Dankeschön von { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! Wir wünschen Ihnen und Ihrer Familie einen gesegneten Fastenmonat.
        [eid] Eid Mubarak! Wir wünschen Ihnen und Ihren Liebsten ein frohes und friedliches Fest.
        [diwali] Frohes Diwali! Möge das Lichterfest Ihnen und Ihrer Familie Freude und Wohlstand bringen.
        [lunar-new-year] Frohes Mondneujahr! Wir wünschen Ihnen Gesundheit, Glück und Erfolg im neuen Jahr.
        [christmas] Frohe Weihnachten! Wir wünschen Ihnen und Ihrer Familie schöne Feiertage.
       *[other] Frohes neues Jahr! Wir wünschen Ihnen Gesundheit und Glück für das kommende Jahr.
    }
    Herzliche Grüße, Ihr Team von { $shop_name }
