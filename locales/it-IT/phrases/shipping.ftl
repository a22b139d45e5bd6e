### Spedizioni e dogana: avvisi di spedizione, ritardi, dati doganali, dazi, chiusure, mancate consegne e ritiro.

order-shipped =
    Buone notizie: il Suo ordine { $order_id } è stato spedito con { $carrier }. Il numero di tracciamento è { $tracking_number }. Di solito le informazioni di tracciamento compaiono online entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }.
    .subject = Il Suo ordine { $order_id } è stato spedito

shipping-delay =
    { $reason ->
        [holiday] Ci dispiace: a causa delle festività, il Suo ordine { $order_id } arriverà più tardi del previsto.
        [customs] Ci dispiace: il Suo ordine { $order_id } è in attesa di sdoganamento e arriverà più tardi del previsto.
        [weather] Ci dispiace: il maltempo ha ritardato il Suo ordine { $order_id }, che arriverà più tardi del previsto.
       *[other] Ci dispiace: il Suo ordine { $order_id } ha subito un ritardo presso il corriere e arriverà più tardi del previsto.
    } La nuova data di consegna prevista è il { $delivery_date }. Grazie per la pazienza.
    .subject = Aggiornamento sulla consegna dell’ordine { $order_id }

extra-freight =
    Possiamo spedire il Suo ordine con { $carrier }, come richiesto. Il costo è di { $amount } in più rispetto alla spedizione standard. Se è d’accordo, La preghiamo di pagare la differenza e spediremo subito l’ordine.

customs-id-request =
    Per lo sdoganamento dell’ordine { $order_id }, il corriere ha bisogno { $market ->
        [KR] del Suo codice doganale personale (PCCC)
        [BR] del Suo numero CPF
        [CN] del numero del Suo documento d’identità, corrispondente al nome del destinatario
       *[other] del numero del Suo documento d’identità o del Suo codice fiscale
    }. Ce lo invii rispondendo a questo messaggio; lo useremo solo per questa spedizione.

duties-and-taxes =
    { $duties ->
        [included] Dazi e tasse di importazione del Suo ordine sono inclusi nel prezzo: alla consegna non dovrà pagare altro.
       *[other] Il Suo ordine potrebbe essere soggetto a dazi e tasse di importazione stimati in { $amount }, che il corriere Le addebiterà prima della consegna. L’importo definitivo è stabilito dalla dogana.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Il nostro team sarà chiuso per il Capodanno lunare dal { $start_date } al { $end_date }.
       *[other] Il nostro team sarà chiuso per una festività dal { $start_date } al { $end_date }.
    } Gli ordini effettuati entro il { $cutoff_date } partiranno prima della chiusura; i successivi al nostro rientro. Grazie per la comprensione.
    .subject = Chiusura dal { $start_date } al { $end_date }

failed-delivery-attempt =
    { $carrier } ha tentato di consegnare il Suo ordine { $order_id }, ma non ha trovato nessuno. Il pacco La attende presso { $pickup_point } per { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }. Può ritirarlo lì o programmare una nuova consegna con il numero di tracciamento { $tracking_number }.

returned-to-sender =
    Il corriere non è riuscito a consegnare il Suo ordine { $order_id } e ce lo sta restituendo. Al suo arrivo possiamo rispedirglielo (spedizione { $amount }) oppure rimborsarLa. Ci dica cosa preferisce e verifichi il Suo indirizzo.

convenience-store-pickup =
    Il Suo ordine { $order_id } è arrivato presso { $store } ed è pronto per il ritiro. Lo ritiri entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } con il codice di ritiro { $pickup_code }; i pacchi non ritirati tornano al mittente.

tracking-not-updating =
    Il tracciamento di { $tracking_number } non si aggiorna da qualche giorno. Succede spesso mentre un pacco viaggia tra due paesi o attende la dogana. Abbiamo chiesto a { $carrier } di verificare e Le daremo un aggiornamento entro { $hours ->
        [one] un’ora
       *[other] { $hours } ore
    }.
