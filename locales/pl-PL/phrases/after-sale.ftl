### Po zakupie: zaginione paczki, uszkodzone produkty, zwroty, refundacje, gwarancja i reklamacje.

package-not-received =
    Przykro nam, że paczka jeszcze nie dotarła. Prosimy o pomoc w kilku krokach:
    1. Proszę sprawdzić aktualny status pod numerem przesyłki { $tracking_number }.
    2. Proszę zapytać sąsiadów, recepcję budynku lub najbliższą placówkę pocztową, czy nie odebrali paczki.
    3. Proszę sprawdzić, czy adres dostawy w zamówieniu { $order_id } jest poprawny.
    Jeśli paczka nie odnajdzie się w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    }, prosimy o informację, a rozwiążemy problem.
    .subject = Paczka z zamówienia { $order_id }

refund-or-reship =
    Bardzo przepraszamy za problem z zamówieniem { $order_id }. Możemy zwrócić całą kwotę { $amount } albo bezpłatnie wysłać nową paczkę. Prosimy o informację, co Pan/Pani woli.

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Szanowna Pani,
        [male] Szanowny Panie,
       *[other] Dzień dobry, { $buyer_name },
    } dziękujemy za zgłoszenie i szczerze przepraszamy. Zarejestrowaliśmy reklamację pod numerem { $case_id } i w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    } przedstawimy rozwiązanie.
    .subject = Otrzymaliśmy reklamację ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Bardzo nam przykro, że zamówienie { $order_id } dotarło uszkodzone.
        [wrong-item] Bardzo nam przykro, że w zamówieniu { $order_id } otrzymał Pan/otrzymała Pani niewłaściwy produkt.
       *[other] Bardzo nam przykro, że z zamówieniem { $order_id } jest problem.
    } Czy może Pan/Pani przesłać kilka zdjęć produktu, opakowania i etykiety przesyłki? Gdy je otrzymamy, zaproponujemy wymianę lub zwrot pieniędzy.

return-instructions =
    Jak zwrócić { $item_name } z zamówienia { $order_id }:
    1. Proszę starannie zapakować produkt, najlepiej w oryginalne opakowanie.
    2. Proszę wysłać go w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    } na adres: { $return_address }
    3. Proszę przesłać nam numer przesyłki zwrotnej.
    { $return_shipping ->
        [free] Koszt przesyłki zwrotnej pokrywamy my.
       *[other] Koszt przesyłki zwrotnej pokrywa kupujący.
    } Zwrócimy pieniądze, gdy tylko zwrot do nas dotrze.
    .subject = Jak zwrócić zamówienie { $order_id }

refund-processed =
    Zwróciliśmy { $amount } za zamówienie { $order_id } na pierwotną metodę płatności. W zależności od banku kwota może pojawić się na wyciągu po kilku dniach roboczych.
    .subject = Zwrot pieniędzy za zamówienie { $order_id }

partial-refund-offer =
    W ramach przeprosin chcielibyśmy zwrócić { $amount } z zamówienia { $order_id }, a produkt zostaje u Pana/Pani. Jeśli woli Pan/Pani go zwrócić i otrzymać pełny zwrot, to oczywiście również jest możliwe.

warranty-claim =
    Produkt { $item_name } jest objęty gwarancją na { $months ->
        [one] jeden miesiąc
        [few] { $months } miesiące
       *[other] { $months } miesięcy
    }. Prosimy przesłać numer zamówienia { $order_id }, krótki opis usterki oraz zdjęcie lub film. Sprawdzimy zgłoszenie i zaproponujemy naprawę lub wymianę; nie wyłącza to uprawnień z rękojmi.
