### Voor de aankoop: voorraad, pre-orders, maten, landen waar we leveren en betaalmethoden.

out-of-stock =
    Bedankt voor uw interesse in { $item_name }. Het artikel is op dit moment uitverkocht; we verwachten rond { $restock_date } nieuwe voorraad. Zullen we u laten weten wanneer het weer leverbaar is?

pre-order =
    { $item_name } is te bestellen als pre-order. We zijn van plan pre-orders vanaf { $ship_date } te verzenden en laten het u direct weten als die datum verandert. U kunt een pre-order altijd annuleren zolang die nog niet verzonden is.

size-and-fit =
    De maattabel van { $item_name } vindt u hier: { $link }. Als u ons uw gebruikelijke maat en uw maten (lengte, borst- en tailleomvang) laat weten, adviseren we u graag een passende maat.

no-shipping-to-country =
    Bedankt voor uw interesse. Helaas leveren we op dit moment niet in dit land: { $country }. Excuses voor het ongemak; we hopen dat in de toekomst wel te kunnen doen.

payment-methods =
    U kunt betalen met { $payment_methods }.
