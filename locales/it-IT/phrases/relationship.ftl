### Relazione con il cliente: ringraziamenti dopo la consegna, richieste di recensione, coupon e auguri.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Il Suo ordine è stato consegnato. Grazie per aver scelto di nuovo { $shop_name }!
       *[first-time] Il Suo ordine è stato consegnato. Grazie per il Suo primo ordine da { $shop_name }!
    } Se qualcosa non è come si aspettava, risponda semplicemente a questo messaggio e La aiuteremo.
    .subject = Grazie per il Suo ordine da { $shop_name }

review-request =
    Speriamo che l’acquisto sia di Suo gradimento. Se ha un momento, Le saremmo grati per una recensione: aiuta altri acquirenti e aiuta noi a migliorare. È del tutto facoltativo e, se non desidera ricevere richieste di questo tipo, basta dircelo.
    .subject = Come è andato il Suo ordine da { $shop_name }?

returning-buyer-coupon =
    Grazie per la Sua fedeltà a { $shop_name }. Come ringraziamento, ecco un codice del { $percent }% di sconto sul Suo prossimo ordine: { $coupon_code }. È valido fino al { $expiry_date }.
    .subject = Un ringraziamento da { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! Auguriamo a Lei e alla Sua famiglia un mese benedetto.
        [eid] Eid Mubarak! Auguriamo a Lei e ai Suoi cari gioia e serenità.
        [diwali] Felice Diwali! Che la festa delle luci porti gioia e prosperità a Lei e alla Sua famiglia.
        [lunar-new-year] Felice Capodanno lunare! Le auguriamo salute, felicità e successo nel nuovo anno.
        [christmas] Buon Natale! Auguriamo a Lei e alla Sua famiglia buone feste.
       *[other] Buon anno! Le auguriamo salute e felicità per l’anno che inizia.
    }
    Un caro saluto dal team di { $shop_name }
