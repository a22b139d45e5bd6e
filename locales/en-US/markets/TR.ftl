market-name = Türkiye
market-summary = A big, price-savvy e-commerce market led by Trendyol, Hepsiburada and Amazon.com.tr. Buyers expect warm but respectful Turkish, quick WhatsApp answers, prices in lira with instalment options, and fast returns. Inflation makes buyers watch prices closely: honour quoted prices and state delivery costs up front.
business-hours = Offices work Monday to Friday, about 9:00–18:00 with a lunch break; many shops also open on Saturday. Nobody answers during the Ramadan Feast and the Feast of Sacrifice (the government sometimes bridges them into 9-day breaks), and offices close on the national days, including 15 July (Democracy Day) and 30 August (Victory Day); the afternoons before the feasts and before Republic Day are half-days.

channel-whatsapp = The default channel for questions, order tracking and returns; use WhatsApp Business with Turkish quick replies.
channel-instagram = The main social shop window, especially for fashion, beauty and home; many buyers order or ask prices by direct message.
channel-email = For invoices (e-fatura/e-arşiv), returns and formal complaints.
channel-phone = Many buyers, especially older ones, prefer to call about delivery problems; keep a Turkish-speaking line or call-back service.

holiday-new-year = New Year's Day
    .note = Public holiday; New Year gifts and decorations sell in late December.
holiday-ramazan-bayrami-eve = Ramadan Feast Eve (Arife)
    .note = Half-day public holiday: offices close at 13:00 on the day before the Ramadan Feast. Expect no replies in the afternoon and a rush of last-minute gift orders in the morning.
holiday-ramazan-bayrami = Ramadan Feast (Ramazan Bayramı)
    .note = Three days from 1 Shawwal, after a half-day eve; dates follow the official Diyanet calendar and are known years in advance. Clothes, sweets and gifts sell strongly before it. The government sometimes adds bridge days for civil servants (up to a 9-day break); private firms usually follow only the statutory days.
holiday-kurban-bayrami-eve = Feast of Sacrifice Eve (Arife)
    .note = Half-day public holiday: offices close at 13:00 on the day before the Feast of Sacrifice.
holiday-kurban-bayrami = Feast of Sacrifice (Kurban Bayramı)
    .note = Four days from 10 Dhu al-Hijjah, after a half-day eve, on the Diyanet calendar; many people travel, carriers slow down and the government sometimes bridges it into a 9-day break.
holiday-national-sovereignty-day = National Sovereignty and Children's Day
    .note = 23 April, public holiday; toys and children's products are promoted around it.
holiday-labour-day = Labour and Solidarity Day
    .note = 1 May, public holiday.
holiday-mothers-day = Mother's Day (Anneler Günü)
    .note = Second Sunday of May; one of the biggest gift days of the year.
holiday-youth-day = Commemoration of Atatürk, Youth and Sports Day
    .note = 19 May, public holiday.
holiday-democracy-day = Democracy and National Unity Day
    .note = 15 July, public holiday commemorating the defeat of the 2016 coup attempt; a solemn day, so avoid sales themed on it.
holiday-victory-day = Victory Day (Zafer Bayramı)
    .note = 30 August, public holiday marking the 1922 victory in the War of Independence; offices close and flags are everywhere.
holiday-republic-day-eve = Republic Day Eve
    .note = Half-day public holiday: offices close at 13:00 on 28 October.
holiday-republic-day = Republic Day (Cumhuriyet Bayramı)
    .note = 29 October, public holiday after the half-day on 28 October; national pride is high, so keep any themed campaign respectful.
holiday-singles-day = 11.11 sales
    .note = Turkish marketplaces run large 11.11 discount days that open the November sales season.
holiday-black-friday = Black Friday (Efsane Cuma and other names)
    .note = Turkish retailers usually brand it Efsane Cuma (Legendary Friday) or run a whole November sale (Efsane Kasım) rather than use Kara Cuma; see the taboo note.

etiquette-salutation = Address buyers by first name plus Bey (men) or Hanım (women), e.g. "Ahmet Bey", "Ayşe Hanım"; open with "Merhaba" or "İyi günler" and use the polite "siz" form.
    .title = Salutation
etiquette-turkish = Reply in Turkish; few buyers want to deal in English. Use correct Turkish characters (ç, ğ, ı, İ, ö, ş, ü), since errors look careless.
    .title = Language
etiquette-reply-time = Buyers expect a reply within a few hours on WhatsApp and marketplaces, and fast shipping (often next day); tell them at once if an order will be late.
    .title = Reply time
etiquette-instalments = Credit-card instalments (taksit) are expected for larger purchases; show the instalment options and the total price. Cash on delivery (kapıda ödeme) and bank transfer (EFT/havale) are also used.
    .title = Payment
etiquette-bargaining = Buyers often ask for a discount, a coupon or free shipping; a small gesture closes the sale, and a polite "this is our best price" is accepted.
    .title = Negotiation
etiquette-holiday-greetings = Send greetings for the feasts ("İyi bayramlar", "Ramazan Bayramınız mübarek olsun") and on national days; keep the tone sincere, not salesy.
    .title = Greetings

taboo-ataturk = Do not joke about, alter or use Atatürk's image or name in a disrespectful way.
    .rationale = Insulting the memory of Atatürk is a crime under Law 5816 and deeply offends most Turks.
taboo-political-history = Stay away from the events of 1915, the Kurdish question, Cyprus and maps that show contested borders.
    .rationale = These are highly sensitive political topics; "denigrating the Turkish nation" is also an offence under Article 301 of the Penal Code.
taboo-kara-cuma = Avoid the literal name "Kara Cuma" for Black Friday; use a neutral campaign name.
    .rationale = Friday is the Muslim holy day; "Black Friday" campaigns drew boycott calls in 2017 and retailers switched to names such as Efsane Cuma.
taboo-alcohol-ads = Do not advertise or promote alcoholic drinks, including giveaways and influencer posts.
    .rationale = Since 2013 (Law 6487) almost all alcohol advertising and promotion is banned.
taboo-ok-gesture = Avoid the OK hand sign (thumb and finger circle) in images.
    .rationale = In Türkiye it can be read as a vulgar insult.

## Commerce facts

commerce-payments = Cards dominate, and instalments (taksit) through the buyer's bank are expected on almost any purchase; bank transfer (havale/EFT), wallets and cash on delivery (kapıda ödeme) follow.
commerce-marketplaces = Trendyol and Hepsiburada are the largest marketplaces, followed by Amazon.com.tr and n11; Temu entered in 2024.
commerce-import = Türkiye has repeatedly tightened the rules for low-value postal and courier imports: in 2024 the duty-free value limit fell to EUR 30 and a flat rate applies to such parcels, higher for non-EU origins. The current limit and rates are not confirmed here: check the Ministry of Trade before quoting.
commerce-delivery = From China 10-25 days, from the EU 5-14 days, 3-6 by express; PTT, Yurtiçi, Aras, MNG and marketplace logistics, with pickup points. Address: neighbourhood (mahalle), street, building number and flat, then postcode, district and province (34000 Fatih/İstanbul).
commerce-returns = Consumers may withdraw from a distance contract within 14 days of receiving the goods without a reason (Distance Contracts Regulation, art. 9); the seller refunds within 14 days.
