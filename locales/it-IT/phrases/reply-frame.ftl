### Cornice della risposta: le righe di apertura e di chiusura che l’assistente mette intorno a un messaggio: lo stesso registro del cliente, ringraziamento o bentornato, scuse per il ritardo, saluto finale (seed 001, 004).
### Variabili:
###   $salutation         "formal" se il cliente ha scritto "Dear ...", "casual" se ha scritto "Hi ..."
###   $agent_name         chi firma la risposta
###   $shop_name          il nome del negozio
###   $buyer_name         (optional) il nome completo del cliente, come firma
###   $buyer_family_name  (optional) il cognome (saluto formale con Sig./Sig.ra)
###   $buyer_given_name   (optional) il nome di battesimo
###   $buyer_gender       (optional) "female", "male" o altro (forma neutra)
###   $agent_gender       (optional) il genere di chi firma
###   $reason             (optional) perché la risposta arriva in ritardo: "holiday", "weekend" o altro
### Forma di cortesia (Lei), come in customer-service; formale per impostazione predefinita.

# Dopo il saluto con la virgola il testo prosegue con la minuscola.
salutation =
    { $salutation ->
        [casual] Ciao { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Gentile Sig.ra { $buyer_family_name },
                [male] Gentile Sig. { $buyer_family_name },
               *[other] Gentile { $buyer_name },
            }
    }

first-time-thanks = grazie per la Sua richiesta e per l’interesse mostrato verso il nostro articolo.

returning-welcome = è un piacere risentirLa! Come posso aiutarLa?

late-reply-apology =
    { $reason ->
        [holiday] Ci scusiamo per il ritardo nella risposta: il nostro ufficio era chiuso per la festività.
        [weekend] Ci scusiamo per il ritardo nella risposta: il nostro team non era disponibile durante il fine settimana.
       *[other] Ci scusiamo per il ritardo nella risposta e La ringraziamo per la pazienza.
    }

closing =
    { $salutation ->
        [casual] Un saluto,
       *[formal] Cordiali saluti,
    }
    { $agent_name }
    { $shop_name }
