market-name = Germany
market-summary = Europe's largest e-commerce market and one of its most demanding: buyers read specifications closely, value reliability over hype, and know their consumer rights. Write correct, formal German, give complete facts (dimensions, materials, delivery times, your full company details) and keep every promise. E-mail is the main channel for anything about an order.
business-hours = Offices work Monday to Friday, about 9:00–17:00, and Friday afternoons are quiet. Shops and parcel services rest on Sundays and public holidays. Besides the nationwide holidays, several states have their own: Epiphany (6 January), Corpus Christi, Assumption (15 August), Reformation Day (31 October) and All Saints' Day (1 November), and International Women's Day (8 March) in Berlin and Mecklenburg-Western Pomerania. Many firms close between Christmas and New Year.

channel-email = The default channel for orders, invoices, returns and complaints. Write a precise subject with the order number and sign with your full company name and address; German buyers expect to see who they are dealing with.
channel-marketplace-chat = Marketplace messages (Amazon.de, eBay.de, Otto, Kaufland) are where most cross-border questions arrive; answer within 24 hours in German.
channel-whatsapp = Germany's most used messenger. Useful for quick questions and delivery updates, but many buyers are privacy-minded: only message those who contacted you or opted in.
channel-instagram = Good for fashion, beauty, home and lifestyle brands; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day (Neujahr)
    .note = Nationwide holiday. 31 December is not a holiday, but most businesses close early. Holidays that fall on a weekend are not moved in Germany.
holiday-good-friday = Good Friday (Karfreitag)
    .note = Nationwide holiday and a "quiet day": loud entertainment is restricted, so keep campaigns low-key. Easter gifts sell in the two weeks before.
holiday-easter-monday = Easter Monday (Ostermontag)
    .note = Nationwide holiday; many people take the week before or after Easter off.
holiday-labour-day = Labour Day (Tag der Arbeit)
    .note = 1 May, a nationwide holiday.
holiday-mothers-day = Mother's Day (Muttertag)
    .note = Second Sunday of May; a gift occasion for flowers, jewellery, beauty and home goods. Ship early: there are no Sunday deliveries.
holiday-ascension-day = Ascension Day (Christi Himmelfahrt)
    .note = Thursday, 39 days after Easter; also celebrated as Father's Day (Vatertag). Many people take the Friday off as a bridge day.
holiday-whit-monday = Whit Monday (Pfingstmontag)
    .note = Nationwide holiday, 50 days after Easter.
holiday-german-unity-day = German Unity Day (Tag der Deutschen Einheit)
    .note = 3 October, the national day, set by the Unification Treaty.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; German shops often run a whole "Black Week". Show the real previous price: discounts must be measured against the lowest price of the last 30 days.
holiday-christmas = Christmas (Weihnachten)
    .note = 25 and 26 December are nationwide holidays. On 24 December shops close around midday and most offices are closed. Gift shopping starts with Black Friday and Advent; state clearly the last order date for delivery before Christmas.

etiquette-salutation = Open with "Sehr geehrte Frau …" or "Sehr geehrter Herr …" plus the surname, or "Guten Tag Frau …" in a friendlier tone. Use a first name only if the buyer does. Close with "Mit freundlichen Grüßen".
    .title = Salutation
etiquette-sie-form = Address buyers with the formal "Sie" unless your brand clearly uses "du" everywhere. Have German texts checked by a native speaker: machine-translated German is spotted at once and costs trust.
    .title = Formal "Sie"
etiquette-facts-first = Be direct, precise and complete: answer every question asked, give exact dates and figures, and avoid superlatives and vague promises. Germans read a clear "no" with a reason as more trustworthy than a vague "maybe".
    .title = Facts first
etiquette-reply-time = Reply within one working day. Auto-replies are fine, but give a real answer soon after.
    .title = Reply time
etiquette-payment-methods = PayPal is the most used online payment; many buyers also want to pay by invoice after delivery (Kauf auf Rechnung, often via Klarna) or SEPA direct debit, while credit cards are less common. The order button must say "zahlungspflichtig bestellen" or an equally clear wording, and buyers have a 14-day right of withdrawal.
    .title = Payment and checkout
etiquette-consent-for-marketing = Send newsletters, promotional WhatsApp messages or review requests only with the buyer's prior consent (double opt-in is standard). Unsolicited advertising is unlawful under the Act against Unfair Competition (UWG) and can bring costly warning letters (Abmahnungen).
    .title = Consent for marketing

taboo-nazi-symbols = Never use swastikas, SS runes, the Hitler salute or other Nazi symbols, even as a joke, costume or "vintage" design.
    .rationale = Using symbols of banned unconstitutional organisations is a crime under §86a of the German Criminal Code; such goods are seized and sellers prosecuted.
taboo-nazi-era-slogans = Avoid phrases tied to the Nazi era, such as "Jedem das Seine" or "Arbeit macht frei", in slogans and product names.
    .rationale = They were written over concentration camp gates; brands that used them in advertising faced public outrage and withdrew their campaigns.
taboo-numbers-18-88 = Be careful with 18 and 88 in product names, prints and prominent codes.
    .rationale = German authorities list them as neo-Nazi codes (letters A and H: Adolf Hitler, Heil Hitler); on clothing and slogans they can be read as far-right signals.
taboo-early-birthday-wishes = Do not send birthday wishes or birthday coupons before the actual birthday.
    .rationale = Many Germans consider congratulating early to bring bad luck; send on the day or after.

## Commerce facts

commerce-payments = PayPal is the first choice of German online buyers, followed by Klarna and paying by invoice (Kauf auf Rechnung: goods first, transfer within about 14 days), which many buyers expect as the safe option; cards are less used than elsewhere in Europe. giropay closed in 2024 and Sofort is now part of Klarna.
commerce-marketplaces = Amazon dominates German e-commerce; eBay, OTTO and Zalando (fashion) follow, and Temu, SHEIN and AliExpress have grown fast. TikTok Shop opened in Germany in 2025.
commerce-import = Since July 2021 EU VAT (19%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = Parcels from China take about 7-20 days by postal or cross-border line, 3-6 days by express; from elsewhere in the EU 2-6 days with no customs. DHL is the main carrier, with Hermes, DPD, GLS and many Packstation lockers. Addresses: name, street and house number (Hauptstraße 5), then the five-digit postcode before the city (10115 Berlin).
commerce-returns = Consumers have a 14-day right of withdrawal (Widerrufsrecht) from online purchases, from receipt of the goods, without giving a reason (BGB § 355, § 312g). The seller must give the statutory withdrawal notice; without it the period extends to 12 months and 14 days. Refund within 14 days including standard outbound shipping; the buyer pays the return only if told so in advance.
