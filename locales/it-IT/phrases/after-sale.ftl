### Post-vendita: pacchi non arrivati, articoli danneggiati, resi, rimborsi, garanzia e reclami.

package-not-received =
    Ci dispiace che il Suo pacco non sia ancora arrivato. La preghiamo di aiutarci con questi passaggi:
    1. Controlli lo stato più recente con il numero di tracciamento { $tracking_number }.
    2. Chieda ai vicini, al portiere dello stabile o all’ufficio postale se hanno ricevuto il pacco.
    3. Verifichi che l’indirizzo di consegna dell’ordine { $order_id } sia corretto.
    Se il pacco non si trova entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }, ce lo comunichi e risolveremo noi il problema.
    .subject = Il pacco del Suo ordine { $order_id }

refund-or-reship =
    Ci scusiamo davvero per il problema con l’ordine { $order_id }. Possiamo rimborsarLe l’intero importo di { $amount } oppure inviarLe gratuitamente un nuovo pacco. Ci faccia sapere cosa preferisce.

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Gentile Sig.ra { $buyer_family_name },
        [male] Gentile Sig. { $buyer_family_name },
       *[other] Gentile { $buyer_name },
    } La ringraziamo per la segnalazione e Le porgiamo le nostre sincere scuse. Abbiamo registrato il Suo reclamo con il riferimento { $case_id } e Le proporremo una soluzione entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }.
    .subject = Abbiamo ricevuto il Suo reclamo ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Ci dispiace molto che il Suo ordine { $order_id } sia arrivato danneggiato.
        [wrong-item] Ci dispiace molto che abbia ricevuto un articolo sbagliato nell’ordine { $order_id }.
       *[other] Ci dispiace molto che ci sia un problema con il Suo ordine { $order_id }.
    } Potrebbe inviarci qualche foto dell’articolo, dell’imballaggio e dell’etichetta di spedizione? Appena le riceviamo, Le proporremo una sostituzione o un rimborso.

return-instructions =
    Per restituire { $item_name } dell’ordine { $order_id }:
    1. Lo imballi con cura, se possibile nella confezione originale.
    2. Lo spedisca entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } a: { $return_address }
    3. Ci invii il numero di tracciamento del reso.
    { $return_shipping ->
        [free] Le spese di reso sono a nostro carico.
       *[other] Le spese di reso sono a Suo carico.
    } La rimborsiamo non appena il reso arriva.
    .subject = Come restituire il Suo ordine { $order_id }

refund-processed =
    Abbiamo rimborsato { $amount } per il Suo ordine { $order_id } sul metodo di pagamento originale. A seconda della banca, potrebbero servire alcuni giorni lavorativi perché l’importo compaia nell’estratto conto.
    .subject = Rimborso dell’ordine { $order_id }

partial-refund-offer =
    Per scusarci, vorremmo rimborsarLe { $amount } sull’ordine { $order_id } e Lei tiene l’articolo. Se preferisce restituirlo per un rimborso completo, è naturalmente possibile anche questo.

warranty-claim =
    { $item_name } ha una garanzia di { $months ->
        [one] un mese
       *[other] { $months } mesi
    }. Ci invii il numero d’ordine { $order_id }, una breve descrizione del difetto e una foto o un video. Lo verificheremo e Le proporremo una riparazione o una sostituzione, fermi restando i diritti della garanzia legale.
