### Trattativa: rispondere con chiarezza alle richieste di sconto, senza false promesse (seed 004).

no-discount-gift-offer =
    Ci dispiace, non possiamo abbassare ulteriormente il prezzo di { $item_name }: è già calcolato al minimo che possiamo offrire.
    Se però ordina oggi, Le invieremo { $gift } come piccolo omaggio per ringraziarLa.
    .subject = Sul prezzo di { $item_name }

volume-discount =
    Per ordini da { $quantity ->
        [one] un pezzo
       *[other] { $quantity } pezzi
    } in su, possiamo offrirLe il { $percent }% di sconto sul prezzo di listino.

counter-offer =
    Grazie per la Sua offerta di { $offer } per { $item_name }. Non possiamo accettare questo prezzo, ma possiamo proporglielo a { $price }. Le andrebbe bene?

bundle-discount =
    Se acquista { $item_name } insieme a un qualsiasi altro articolo del nostro negozio, Le offriamo il { $percent }% di sconto sull’intero ordine.

prepaid-discount =
    Se paga online in anticipo invece che in contrassegno, Le scontiamo { $amount } su questo ordine e lo spediamo appena riceviamo il pagamento.

sample-offer =
    Possiamo inviarLe un campione di { $item_name } a { $amount }, spedizione inclusa. Se poi ordina { $quantity ->
        [one] un pezzo
       *[other] { $quantity } pezzi
    } o più, detrarremo questo importo dal Suo ordine.

minimum-order-quantity =
    Il prezzo all’ingrosso di { $item_name } si applica da { $quantity ->
        [one] un pezzo
       *[other] { $quantity } pezzi
    } in su. Per quantità inferiori vale il prezzo del negozio.
