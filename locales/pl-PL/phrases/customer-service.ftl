### Obsługa klienta: powitania, odpowiedzi wstępne, przypomnienia i zakończenia (seedy 001, 004).
### Zmienne jak w en-US. Forma grzecznościowa Pan/Pani; "Szanowna Pani" / "Szanowny Panie" według $buyer_gender.

-support-team = Obsługa Klienta
-fallback-buyer_name = { "" }
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }

greeting =
    { $salutation ->
        [casual] Dzień dobry, { $buyer_name }!
       *[formal] { $buyer_gender ->
            [female] Szanowna Pani,
            [male] Szanowny Panie,
           *[other] Dzień dobry, { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] miło nam, że znów się Pan/Pani z nami kontaktuje! W czym mogę pomóc?
       *[first-time] dziękujemy za zapytanie i zainteresowanie naszymi produktami.
    }
    .subject =
        { $buyer_status ->
            [returning] Witamy ponownie w sklepie { $shop_name }
           *[first-time] Dziękujemy za kontakt ze sklepem { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Przepraszamy za późną odpowiedź: nasze biuro było zamknięte z powodu święta.
        [weekend] Przepraszamy za późną odpowiedź: nasz zespół był niedostępny w weekend.
       *[other] Przepraszamy za późną odpowiedź i dziękujemy za cierpliwość.
    }

will-check-and-reply =
    Dziękujemy za pytanie. Sprawdzę to z naszym zespołem i odpowiem w ciągu { $hours ->
        [one] godziny
       *[other] { $hours } godzin
    }.

order-confirmation =
    Dziękujemy za zamówienie { $order_id }! Wyślemy je w ciągu { $days ->
        [one] jednego dnia roboczego
       *[other] { $days } dni roboczych
    } i prześlemy numer przesyłki, gdy tylko paczka wyruszy.
    .subject = Otrzymaliśmy Pana/Pani zamówienie { $order_id }

closing-thanks =
    Jeszcze raz dziękujemy za zaufanie. Życzymy miłego dnia!

    Z poważaniem
    { $agent_name }
    { -support-team } sklepu { $shop_name }

away-auto-reply =
    Dziękujemy za wiadomość. Nasz zespół jest obecnie niedostępny i wraca { $return_date }. Odpowiemy na wiadomości w kolejności ich otrzymania. W sprawie złożonego zamówienia prosimy podać numer zamówienia.
    .subject = Odpowiedź automatyczna: wracamy { $return_date }

follow-up-no-reply =
    Wracam do mojej wcześniejszej wiadomości w sprawie: { $topic }. Kiedy będzie Panu/Pani wygodnie, prosimy o informację, jak chce Pan/Pani postąpić. Jeśli pomoc nie jest już potrzebna, nie trzeba odpowiadać.
