### Ordini e pagamenti: pagamenti non riusciti, contrassegno, indirizzi, modifiche, annullamenti e fatture.

payment-failed =
    Il pagamento del Suo ordine { $order_id } non è andato a buon fine, quindi l’ordine non è ancora confermato. La preghiamo di riprovare o di scegliere un altro metodo di pagamento entro { $hours ->
        [one] un’ora
       *[other] { $hours } ore
    }; dopo rimetteremo in vendita gli articoli riservati. Se la Sua banca mostra un importo in sospeso, di solito viene sbloccato automaticamente.
    .subject = Pagamento non riuscito per l’ordine { $order_id }

payment-received =
    Abbiamo ricevuto il Suo pagamento di { $amount } per l’ordine { $order_id }. Grazie! Stiamo preparando il Suo ordine.
    .subject = Pagamento ricevuto per l’ordine { $order_id }

cod-confirmation =
    La preghiamo di confermare il Suo ordine { $order_id } in contrassegno: l’importo da pagare al corriere alla consegna è { $amount }. Risponda SÌ per confermare o NO per annullare. Spediremo l’ordine non appena avrà confermato.

address-confirmation =
    Prima di spedire l’ordine { $order_id }, La preghiamo di controllare l’indirizzo di consegna: { $address }. È completo e corretto, con numero civico, interno e CAP? Risponda per confermare o ci invii la correzione.

order-change-request =
    { $order_state ->
        [not-shipped] Il Suo ordine { $order_id } non è ancora stato spedito, quindi possiamo ancora modificarlo. Ci indichi con precisione cosa desidera cambiare.
       *[shipped] Il Suo ordine { $order_id } è già stato spedito e purtroppo non può più essere modificato. Una volta ricevuto, La aiuteremo volentieri con un cambio o un reso.
    }

order-cancellation =
    Come richiesto, abbiamo annullato il Suo ordine { $order_id }. Il rimborso di { $amount } avverrà sul metodo di pagamento originale; a seconda della banca, sarà visibile entro { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }.
    .subject = Il Suo ordine { $order_id } è stato annullato

# IT: per la fattura a un’azienda servono partita IVA e codice SDI o PEC.
invoice-request =
    Le invieremo la fattura dell’ordine { $order_id } entro { $days ->
        [one] un giorno lavorativo
       *[other] { $days } giorni lavorativi
    }. Se deve essere intestata a un’azienda, ci comunichi ragione sociale, indirizzo, partita IVA e codice SDI o PEC.
    .subject = Fattura del Suo ordine { $order_id }
