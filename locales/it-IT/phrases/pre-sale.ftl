### Prevendita: disponibilità, preordini, taglie, paesi serviti e metodi di pagamento.

out-of-stock =
    Grazie per l’interesse per { $item_name }. Al momento l’articolo è esaurito; prevediamo che torni disponibile intorno al { $restock_date }. Desidera che La avvisiamo non appena sarà di nuovo disponibile?

pre-order =
    { $item_name } è disponibile in preordine. Prevediamo di spedire i preordini a partire dal { $ship_date } e La informeremo subito se la data dovesse cambiare. Può annullare il preordine in qualsiasi momento prima della spedizione.

size-and-fit =
    La tabella delle taglie di { $item_name } è qui: { $link }. Se ci indica la taglia che porta di solito e le Sue misure (altezza, circonferenza del petto e della vita), Le consiglieremo volentieri una taglia adatta.

no-shipping-to-country =
    Grazie per l’interesse. Purtroppo al momento non spediamo in questo paese: { $country }. Ci scusiamo per l’inconveniente e speriamo di poterlo fare in futuro.

payment-methods =
    Può pagare con { $payment_methods }.
