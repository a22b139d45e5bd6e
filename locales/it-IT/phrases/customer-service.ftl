### Servizio clienti: saluti, risposte di attesa, solleciti e chiusure (seed 001, 004).
### Variabili come in en-US. Forma di cortesia (Lei); saluto formale con $buyer_gender e $buyer_family_name.

-support-team = Servizio Clienti
-fallback-buyer_name = { "" }
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = il nostro negozio

greeting =
    { $salutation ->
        [casual] Ciao { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Gentile Sig.ra { $buyer_family_name },
            [male] Gentile Sig. { $buyer_family_name },
           *[other] Gentile { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] è un piacere risentirLa! Come posso aiutarLa oggi?
       *[first-time] grazie per la Sua richiesta e per l’interesse nei nostri prodotti.
    }
    .subject =
        { $buyer_status ->
            [returning] Bentornato/a da { $shop_name }
           *[first-time] Grazie per aver contattato { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Ci scusiamo per il ritardo nella risposta: il nostro ufficio era chiuso per la festività.
        [weekend] Ci scusiamo per il ritardo nella risposta: il nostro team non era disponibile durante il fine settimana.
       *[other] Ci scusiamo per il ritardo nella risposta e La ringraziamo per la pazienza.
    }

will-check-and-reply =
    Grazie per la Sua domanda. Verifico con il nostro team e Le rispondo entro { $hours ->
        [one] un’ora
       *[other] { $hours } ore
    }.

order-confirmation =
    Grazie per il Suo ordine { $order_id }! Lo spediremo entro { $days ->
        [one] un giorno lavorativo
       *[other] { $days } giorni lavorativi
    } e Le invieremo il numero di tracciamento non appena sarà in viaggio.
    .subject = Abbiamo ricevuto il Suo ordine { $order_id }

closing-thanks =
    Grazie ancora per la fiducia. Le auguriamo una buona giornata!

    Cordiali saluti,
    { $agent_name }
    { -support-team } di { $shop_name }

away-auto-reply =
    Grazie per il Suo messaggio. Il nostro team al momento non è disponibile e tornerà il { $return_date }. Risponderemo ai messaggi in ordine di arrivo. Per un ordine già effettuato, La preghiamo di indicare il numero d’ordine.
    .subject = Risposta automatica: torniamo il { $return_date }

follow-up-no-reply =
    Le scrivo in merito al mio messaggio precedente su { $topic }. Quando Le è comodo, ci faccia sapere come desidera procedere. Se non ha più bisogno di assistenza, non è necessario rispondere.
