### Przed zakupem: dostępność, przedsprzedaż, rozmiary, kraje wysyłki i metody płatności.

out-of-stock =
    Dziękujemy za zainteresowanie produktem { $item_name }. Obecnie jest niedostępny; nowa dostawa spodziewana jest około { $restock_date }. Czy powiadomić Pana/Panią, gdy produkt znów będzie dostępny?

pre-order =
    Produkt { $item_name } jest dostępny w przedsprzedaży. Planujemy wysyłać zamówienia przedsprzedażowe od { $ship_date } i od razu poinformujemy, jeśli termin się zmieni. Zamówienie w przedsprzedaży można anulować w dowolnym momencie przed wysyłką.

size-and-fit =
    Tabela rozmiarów produktu { $item_name } jest tutaj: { $link }. Jeśli poda nam Pan/Pani swój zwykły rozmiar i wymiary (wzrost, obwód klatki piersiowej i talii), chętnie doradzimy odpowiedni rozmiar.

no-shipping-to-country =
    Dziękujemy za zainteresowanie. Niestety obecnie nie wysyłamy do tego kraju: { $country }. Przepraszamy za niedogodność i mamy nadzieję, że w przyszłości będzie to możliwe.

payment-methods =
    Można zapłacić: { $payment_methods }.
