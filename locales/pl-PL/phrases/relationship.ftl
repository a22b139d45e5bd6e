### Relacje z klientem: podziękowanie po doręczeniu, prośba o opinię, kody rabatowe i życzenia świąteczne.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Zamówienie zostało doręczone. Dziękujemy za ponowne zakupy w sklepie { $shop_name }!
       *[first-time] Zamówienie zostało doręczone. Dziękujemy za pierwsze zamówienie w sklepie { $shop_name }!
    } Jeśli coś jest nie tak, wystarczy odpowiedzieć na tę wiadomość, a chętnie pomożemy.
    .subject = Dziękujemy za zamówienie w sklepie { $shop_name }

review-request =
    Mamy nadzieję, że zakup spełnia oczekiwania. Jeśli znajdzie Pan/Pani chwilę, będziemy wdzięczni za opinię: pomaga ona innym kupującym i nam samym. Wystawienie opinii jest całkowicie dobrowolne, a jeśli nie chce Pan/Pani otrzymywać takich próśb, wystarczy nam o tym napisać.
    .subject = Jak ocenia Pan/Pani zamówienie w sklepie { $shop_name }?

returning-buyer-coupon =
    Dziękujemy za lojalność wobec sklepu { $shop_name }. W podziękowaniu przesyłamy kod rabatowy { $percent }% na kolejne zamówienie: { $coupon_code }. Kod jest ważny do { $expiry_date }.
    .subject = Podziękowanie od sklepu { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! Życzymy Panu/Pani i rodzinie błogosławionego miesiąca.
        [eid] Eid Mubarak! Życzymy radości i spokoju w gronie najbliższych.
        [diwali] Szczęśliwego Diwali! Niech święto świateł przyniesie radość i pomyślność całej rodzinie.
        [lunar-new-year] Szczęśliwego Księżycowego Nowego Roku! Życzymy zdrowia, szczęścia i sukcesów w nowym roku.
        [christmas] Wesołych Świąt! Życzymy spokojnych i radosnych Świąt Bożego Narodzenia w gronie rodziny.
       *[other] Szczęśliwego Nowego Roku! Życzymy zdrowia i pomyślności w nadchodzącym roku.
    }
    Serdecznie pozdrawiamy, zespół { $shop_name }
