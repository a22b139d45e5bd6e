### Controversie: chargeback, contestazioni sui marketplace, escalation e recensioni negative.

dispute-response =
    { $case_type ->
        [chargeback] Siamo stati informati che ha contestato presso la Sua banca il pagamento dell’ordine { $order_id }.
       *[other] Abbiamo visto che ha aperto una contestazione ({ $case_id }) per l’ordine { $order_id }.
    } Ci dispiace che l’acquisto non sia stato all’altezza delle Sue aspettative e vorremmo risolvere direttamente con Lei. Potrebbe dirci cosa non ha funzionato? Le proporremo una soluzione, per esempio una sostituzione o un rimborso.
    .subject = Sulla Sua contestazione per l’ordine { $order_id }

escalation =
    Ho inoltrato la Sua pratica { $case_id } al mio responsabile, che la esaminerà personalmente e La contatterà entro { $hours ->
        [one] un’ora
       *[other] { $hours } ore
    }. Grazie per la pazienza.

negative-review-reply =
    Grazie per il Suo riscontro sincero; ci dispiace che la Sua esperienza non sia stata all’altezza delle aspettative. Lo prendiamo molto sul serio e Le abbiamo inviato un messaggio per trovare insieme una soluzione.
    { $agent_name }
