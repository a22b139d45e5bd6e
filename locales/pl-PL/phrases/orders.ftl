### Zamówienia i płatności: nieudane płatności, płatność przy odbiorze, adresy, zmiany, anulowanie i faktury.

payment-failed =
    Płatność za zamówienie { $order_id } nie powiodła się, więc zamówienie nie jest jeszcze potwierdzone. Prosimy spróbować ponownie lub wybrać inną metodę płatności w ciągu { $hours ->
        [one] godziny
       *[other] { $hours } godzin
    }; potem zwolnimy zarezerwowane produkty. Jeśli bank pokazuje zablokowaną kwotę, zwykle zostaje ona zwolniona automatycznie.
    .subject = Płatność za zamówienie { $order_id } nie powiodła się

payment-received =
    Otrzymaliśmy płatność { $amount } za zamówienie { $order_id }. Dziękujemy! Przygotowujemy teraz Pana/Pani zamówienie.
    .subject = Otrzymaliśmy płatność za zamówienie { $order_id }

cod-confirmation =
    Prosimy o potwierdzenie zamówienia { $order_id } za pobraniem: kwota do zapłaty kurierowi przy odbiorze to { $amount }. Prosimy odpowiedzieć TAK, aby potwierdzić, lub NIE, aby anulować. Wyślemy zamówienie zaraz po potwierdzeniu.

address-confirmation =
    Przed wysyłką zamówienia { $order_id } prosimy sprawdzić adres dostawy: { $address }. Czy jest pełny i poprawny, z numerem domu i mieszkania oraz kodem pocztowym? Prosimy o potwierdzenie lub przesłanie poprawki.

order-change-request =
    { $order_state ->
        [not-shipped] Zamówienie { $order_id } nie zostało jeszcze wysłane, więc możemy je jeszcze zmienić. Prosimy napisać, co dokładnie chce Pan/Pani zmienić.
       *[shipped] Zamówienie { $order_id } zostało już wysłane i niestety nie można go już zmienić. Po jego otrzymaniu chętnie pomożemy w wymianie lub zwrocie.
    }

order-cancellation =
    Zgodnie z prośbą anulowaliśmy zamówienie { $order_id }. Zwrot { $amount } trafi na pierwotną metodę płatności; w zależności od banku pojawi się w ciągu { $days ->
        [one] jednego dnia
       *[other] { $days } dni
    }.
    .subject = Zamówienie { $order_id } zostało anulowane

# PL: faktura na firmę wymaga numeru NIP.
invoice-request =
    Fakturę do zamówienia { $order_id } wyślemy w ciągu { $days ->
        [one] jednego dnia roboczego
       *[other] { $days } dni roboczych
    }. Jeśli faktura ma być wystawiona na firmę, prosimy o nazwę firmy, adres i numer NIP.
    .subject = Faktura do zamówienia { $order_id }
