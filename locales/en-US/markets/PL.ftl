market-name = Poland
market-summary = A large, fast-growing e-commerce market where buyers compare prices carefully, expect polite Polish, quick delivery to parcel lockers and the full EU consumer rights. Allegro is the dominant marketplace; outside it, e-mail is the record and Messenger the quick channel.
business-hours = Offices work Monday to Friday, usually 8:00–16:00. Most shops are closed on Sundays by law (the Sunday trading ban), except a few trading Sundays a year. Expect no replies on public holidays, including Epiphany (6 January), Easter Sunday and Monday, Whit Sunday, 1 and 3 May, Corpus Christi, 15 August, 1 and 11 November and 24–26 December.

channel-email = The default for orders, invoices, complaints and returns. Write in Polish, with a clear subject line and full company details in the signature.
channel-facebook-messenger = One of the most used messengers in Poland; good for quick pre-sale questions and order updates from a Facebook page.
channel-whatsapp = Growing, especially among younger buyers; use it only when the buyer starts the conversation there.
channel-instagram = Strong for fashion, beauty and home products; buyers send pre-sale questions by direct message.
channel-marketplace-chat = Allegro is where most Polish online buyers shop; answer its messages in Polish within 24 hours, as response time counts towards seller ratings.

holiday-new-year = New Year's Day
    .note = Public holiday; Epiphany (Three Kings' Day) on 6 January is also a day off, so early January is slow.
holiday-easter = Easter Sunday and Easter Monday
    .note = Both days are public holidays and shops are closed; Easter food, decorations and gifts sell in the weeks before.
holiday-may-holidays = May long weekend (majówka)
    .note = 1 May (Labour Day) and 3 May (Constitution Day) are public holidays; 2 May is not (it is Flag Day, a working day), but many people take it off, so expect slow replies all week.
holiday-corpus-christi = Corpus Christi (Boże Ciało)
    .note = Public holiday on the Thursday 60 days after Easter; many people also take the Friday off.
holiday-assumption = Assumption of Mary
    .note = 15 August, public holiday; also Polish Armed Forces Day. Peak summer holiday time.
holiday-all-saints = All Saints' Day (Wszystkich Świętych)
    .note = 1 November, public holiday when families visit graves; grave candles and chrysanthemums sell strongly in late October.
holiday-independence-day = National Independence Day
    .note = 11 November, public holiday; some retailers run patriotic or 11.11 promotions, so keep the tone respectful.
holiday-black-friday = Black Friday
    .note = Widely adopted by Polish retailers and Allegro; promotions often run all week and continue to Cyber Monday.
holiday-mikolajki = St Nicholas Day (Mikołajki)
    .note = 6 December; children and colleagues get small gifts, a popular promotion date before Christmas.
holiday-christmas = Christmas (Boże Narodzenie)
    .note = 25 and 26 December are public holidays, after Christmas Eve (also one since 2025); shops are closed all three days.

holiday-epiphany = Epiphany (Trzech Króli)
    .note = Public holiday on 6 January; shops are closed and colourful Three Kings processions take place.
holiday-labour-day = Labour Day (Święto Pracy)
    .note = Public holiday on 1 May and the start of the majówka long weekend.
holiday-constitution-day = Constitution Day (Święto Konstytucji 3 Maja)
    .note = Public holiday on 3 May, the national day; shops are closed.
holiday-whit-sunday = Whit Sunday (Zielone Świątki)
    .note = Public holiday, always a Sunday; shops are closed.
holiday-christmas-eve = Christmas Eve (Wigilia)
    .note = A public holiday since 2025: shops are closed and the family Wigilia supper is the main celebration. Publish delivery cut-offs early; the three Sundays before it are trading Sundays.

etiquette-salutation = Use the formal Pan (Mr) or Pani (Ms): open with "Dzień dobry" or "Szanowna Pani / Szanowny Panie", and address the buyer as Pan or Pani, not "you". Switch to first names only if the buyer does.
    .title = Salutation
etiquette-polish-language = Reply in Polish. Poles notice machine translation at once; short, correct sentences with the right Pan/Pani forms build more trust than long, clumsy ones.
    .title = Language
etiquette-reply-time = Answer within one working day; on Allegro and on messengers buyers expect a same-day answer, and slow replies show up in reviews.
    .title = Reply time
etiquette-payment = Offer BLIK and pay-by-link transfers (Przelewy24, PayU, Tpay); they are the most used online payments. Delivery to InPost parcel lockers (Paczkomaty) is expected, and some buyers still ask for cash on delivery.
    .title = Payment and delivery
etiquette-consumer-rights = Be explicit about returns: online buyers can withdraw within 14 days without giving a reason, and complaints (reklamacja) must be answered within 14 days or they are deemed accepted.
    .title = Returns and complaints
etiquette-marketing-consent = Send marketing e-mails and messages only to buyers who opted in; the consumer authority (UOKiK) and data-protection authority (UODO) enforce this.
    .title = Marketing consent

taboo-polish-death-camps = Never write "Polish death camps" or "Polish concentration camps".
    .rationale = The camps were built and run by Nazi Germany in occupied Poland; the phrase is deeply offensive to Poles and has caused diplomatic protests.
taboo-totalitarian-symbols = Do not use swastikas, SS runes or the hammer and sickle on products or in marketing.
    .rationale = Poland suffered both Nazi and Soviet occupation; promoting fascist or communist systems is a crime under the Penal Code.
taboo-chrysanthemums = Avoid chrysanthemums and grave candles (znicze) in cheerful or gift imagery.
    .rationale = They are strongly associated with cemeteries and All Saints' Day.
taboo-even-bouquets = When showing or selling bouquets as gifts, use an odd number of flowers.
    .rationale = Even numbers of flowers are traditionally brought to funerals and graves.
taboo-eastern-europe = Prefer "Central Europe" to "Eastern Europe" when describing Poland.
    .rationale = Many Poles see their country as Central European and dislike the Cold War label.

## Commerce facts

commerce-payments = BLIK, a six-digit code from the banking app, is the most used online payment in Poland, followed by pay-by-link transfers (Przelewy24, PayU) and cards. Cash on delivery (za pobraniem) is still used, and deferred payment (PayPo, BLIK Pay Later) is popular.
commerce-marketplaces = Allegro dominates Polish e-commerce; Temu grew very fast, Amazon.pl (since 2021) is smaller, AliExpress and SHEIN follow; Vinted for second-hand.
commerce-import = Since July 2021 EU VAT (23%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = From China about 8-20 days by post or cross-border line, 3-6 by express; within the EU 2-6 days. Parcel lockers (InPost Paczkomat) are the most popular delivery choice, then couriers (DPD, DHL) and Poczta Polska. Address: street and number (ul. Marszałkowska 10/12 m. 5), then postcode NN-NNN and city (00-001 Warszawa).
commerce-returns = Consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason; the seller must refund within 14 days, including standard outbound delivery, and must tell the buyer about this right, or the period extends by up to 12 months. Sellers outside the EU selling to EU consumers are bound too.
