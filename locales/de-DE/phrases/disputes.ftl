### Streitfälle: Rückbuchungen, Marktplatz-Fälle, Eskalation und negative Bewertungen.

dispute-response =
    { $case_type ->
        [chargeback] Wir haben erfahren, dass Sie die Zahlung für die Bestellung { $order_id } bei Ihrer Bank beanstandet haben.
       *[other] Wir haben gesehen, dass Sie zur Bestellung { $order_id } einen Fall ({ $case_id }) eröffnet haben.
    } Es tut uns leid, dass Sie nicht zufrieden sind, und wir möchten das gern direkt mit Ihnen klären. Können Sie uns sagen, was schiefgelaufen ist? Wir schlagen Ihnen dann eine Lösung vor, zum Beispiel einen Ersatz oder eine Erstattung.
    .subject = Zu Ihrem Fall zur Bestellung { $order_id }

escalation =
    Ich habe Ihren Fall { $case_id } an unsere Teamleitung weitergegeben. Sie kümmert sich persönlich darum und meldet sich innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    } bei Ihnen. Vielen Dank für Ihre Geduld.

negative-review-reply =
    Vielen Dank für Ihre offene Rückmeldung. Es tut uns leid, dass Ihre Erfahrung nicht Ihren Erwartungen entsprochen hat. Wir nehmen das ernst und haben Ihnen eine Nachricht geschickt, um gemeinsam eine Lösung zu finden.
    { $agent_name }
