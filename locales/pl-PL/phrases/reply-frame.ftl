### Ramka odpowiedzi: wiersze otwierające i zamykające, które asystent odpowiedzi umieszcza wokół wiadomości: zwrot w tonie klienta, podziękowanie lub powitanie powracającego klienta, przeprosiny za późną odpowiedź, zakończenie (seedy 001, 004).
### Zmienne:
###   $salutation         "formal", gdy klient zaczął od "Dear ...", "casual", gdy od "Hi ..."
###   $agent_name         kto podpisuje odpowiedź
###   $shop_name          nazwa sklepu
###   $buyer_name         (optional) imię i nazwisko klienta, tak jak się podpisuje
###   $buyer_family_name  (optional) nazwisko klienta
###   $buyer_given_name   (optional) imię klienta
###   $buyer_gender       (optional) "female", "male" lub inna wartość: "Szanowna Pani" / "Szanowny Panie" / zwrot neutralny
###   $agent_gender       (optional) płeć osoby podpisującej
###   $reason             (optional) powód późnej odpowiedzi: "holiday", "weekend" lub inny
### Forma grzecznościowa Pan/Pani, jak w customer-service; domyślnie formalnie.

# Po zwrocie zakończonym przecinkiem tekst biegnie dalej małą literą.
salutation =
    { $salutation ->
        [casual] Dzień dobry, { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Szanowna Pani,
                [male] Szanowny Panie,
               *[other] Dzień dobry, { $buyer_name },
            }
    }

first-time-thanks = dziękujemy za zapytanie i zainteresowanie naszym produktem.

returning-welcome = cieszymy się z ponownego kontaktu! W czym możemy pomóc?

late-reply-apology =
    { $reason ->
        [holiday] Przepraszamy za późną odpowiedź – z powodu święta nasze biuro było nieczynne.
        [weekend] Przepraszamy za późną odpowiedź – w weekend nasz zespół był niedostępny.
       *[other] Przepraszamy za późną odpowiedź i dziękujemy za cierpliwość.
    }

# Po formule pożegnalnej nie stawia się przecinka.
closing =
    { $salutation ->
        [casual] Pozdrawiam serdecznie
       *[formal] Z poważaniem
    }
    { $agent_name }
    { $shop_name }
