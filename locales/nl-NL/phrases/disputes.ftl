### Geschillen: terugboekingen, geschillen op marktplaatsen, escalatie en negatieve reviews.

dispute-response =
    { $case_type ->
        [chargeback] We hebben gehoord dat u de betaling van bestelling { $order_id } bij uw bank hebt betwist.
       *[other] We zien dat u een geschil ({ $case_id }) hebt geopend over bestelling { $order_id }.
    } Het spijt ons dat u niet tevreden bent, en we lossen dit graag rechtstreeks met u op. Kunt u ons vertellen wat er misging? Dan stellen we een oplossing voor, bijvoorbeeld vervanging of terugbetaling.
    .subject = Over uw geschil voor bestelling { $order_id }

escalation =
    Ik heb uw zaak { $case_id } doorgezet naar mijn leidinggevende, die er persoonlijk naar kijkt en binnen { $hours ->
        [one] een uur
       *[other] { $hours } uur
    } contact met u opneemt. Dank voor uw geduld.

negative-review-reply =
    Dank voor uw eerlijke feedback; het spijt ons dat uw ervaring niet aan uw verwachtingen voldeed. We nemen dit serieus en hebben u een bericht gestuurd om samen een oplossing te vinden.
    { $agent_name }
