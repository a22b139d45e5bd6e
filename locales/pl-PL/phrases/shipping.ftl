### Wysyłka i cło: powiadomienia o wysyłce, opóźnienia, dane celne, cło i podatki, przerwy świąteczne, nieudane doręczenia i odbiór w punkcie.

order-shipped =
    Dobra wiadomość: zamówienie { $order_id } zostało wysłane przez { $carrier }. Numer przesyłki to { $tracking_number }. Informacje o śledzeniu pojawiają się zwykle w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    }.
    .subject = Zamówienie { $order_id } zostało wysłane

shipping-delay =
    { $reason ->
        [holiday] Przepraszamy: z powodu świąt zamówienie { $order_id } dotrze później, niż planowano.
        [customs] Przepraszamy: zamówienie { $order_id } czeka na odprawę celną i dotrze później, niż planowano.
        [weather] Przepraszamy: zła pogoda opóźniła zamówienie { $order_id }, które dotrze później, niż planowano.
       *[other] Przepraszamy: zamówienie { $order_id } zostało opóźnione przez przewoźnika i dotrze później, niż planowano.
    } Nowa przewidywana data doręczenia to { $delivery_date }. Dziękujemy za cierpliwość.
    .subject = Informacja o dostawie zamówienia { $order_id }

extra-freight =
    Możemy wysłać zamówienie przez { $carrier }, zgodnie z prośbą. Kosztuje to { $amount } więcej niż wysyłka standardowa. Jeśli się Pan/Pani zgadza, prosimy dopłacić różnicę, a od razu wyślemy zamówienie.

customs-id-request =
    Do odprawy celnej zamówienia { $order_id } przewoźnik potrzebuje { $market ->
        [KR] Pana/Pani osobistego kodu celnego (PCCC)
        [BR] Pana/Pani numeru CPF
        [CN] numeru dowodu osobistego zgodnego z nazwiskiem odbiorcy
       *[other] numeru dowodu osobistego lub numeru identyfikacji podatkowej
    }. Prosimy przesłać go w odpowiedzi; użyjemy go wyłącznie do tej przesyłki.

duties-and-taxes =
    { $duties ->
        [included] Cło i podatki importowe za to zamówienie są wliczone w cenę: przy odbiorze nie trzeba nic dopłacać.
       *[other] Zamówienie może podlegać cłu i podatkom importowym w szacunkowej wysokości { $amount }, które przewoźnik pobierze przed doręczeniem. Ostateczną kwotę ustala urząd celny.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Z powodu Chińskiego Nowego Roku nasz zespół będzie nieobecny od { $start_date } do { $end_date }.
       *[other] Z powodu święta nasz zespół będzie nieobecny od { $start_date } do { $end_date }.
    } Zamówienia złożone do { $cutoff_date } wyślemy przed przerwą, późniejsze po naszym powrocie. Dziękujemy za wyrozumiałość.
    .subject = Przerwa od { $start_date } do { $end_date }

failed-delivery-attempt =
    { $carrier } próbował doręczyć zamówienie { $order_id }, ale nikogo nie zastał. Paczka czeka w punkcie { $pickup_point } przez { $days ->
        [one] jeden dzień
       *[other] { $days } dni
    }. Można ją tam odebrać lub umówić ponowne doręczenie, podając numer przesyłki { $tracking_number }.

returned-to-sender =
    Przewoźnik nie zdołał doręczyć zamówienia { $order_id } i odsyła je do nas. Gdy dotrze, możemy wysłać je ponownie (koszt wysyłki { $amount }) albo zwrócić pieniądze. Prosimy o informację, co Pan/Pani woli, oraz o sprawdzenie adresu.

convenience-store-pickup =
    Zamówienie { $order_id } czeka na odbiór w punkcie { $store }. Prosimy odebrać je w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    } z kodem odbioru { $pickup_code }; nieodebrane paczki wracają do nadawcy.

tracking-not-updating =
    Status przesyłki { $tracking_number } nie zmienił się od kilku dni. Zdarza się to często, gdy paczka jest w drodze między krajami lub czeka na odprawę celną. Poprosiliśmy { $carrier } o sprawdzenie i odezwiemy się w ciągu { $hours ->
        [one] godziny
       *[other] { $hours } godzin
    }.
