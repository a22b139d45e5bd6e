### Spory: obciążenia zwrotne, spory na platformach, eskalacja i negatywne opinie.

dispute-response =
    { $case_type ->
        [chargeback] Otrzymaliśmy informację, że zakwestionował Pan/zakwestionowała Pani w banku płatność za zamówienie { $order_id }.
       *[other] Widzimy, że otworzył Pan/otworzyła Pani spór ({ $case_id }) dotyczący zamówienia { $order_id }.
    } Przykro nam, że zakup nie spełnił oczekiwań, i chcielibyśmy rozwiązać sprawę bezpośrednio. Czy może nam Pan/Pani opisać, co poszło nie tak? Zaproponujemy rozwiązanie, na przykład wymianę lub zwrot pieniędzy.
    .subject = W sprawie sporu dotyczącego zamówienia { $order_id }

escalation =
    Sprawa { $case_id } została przekazana mojemu przełożonemu, który osobiście się nią zajmie i skontaktuje się w ciągu { $hours ->
        [one] godziny
       *[other] { $hours } godzin
    }. Dziękujemy za cierpliwość.

negative-review-reply =
    Dziękujemy za szczerą opinię; przykro nam, że zakup nie spełnił oczekiwań. Traktujemy to poważnie i wysłaliśmy wiadomość, aby wspólnie znaleźć rozwiązanie.
    { $agent_name }
