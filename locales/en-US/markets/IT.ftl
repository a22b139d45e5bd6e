market-name = Italy
market-summary = A relationship-driven market where buyers want courtesy, reassurance and a real person behind the shop. Write polite Italian with the formal "Lei", answer quickly on WhatsApp, and be clear about delivery and returns. Regions set the sales (saldi): winter sales start in the first days of January and summer sales usually on the first Saturday of July.
business-hours = Offices work Monday to Friday about 9:00–18:00 with a lunch break around 13:00–14:00; in the South many shops close from about 13:00 to 16:00. Holidays that fall on a weekend are not moved. Besides the national holidays listed here, each city has its patron saint's day (for example 29 June in Rome, 7 December in Milan). Most of Italy slows down in August.

channel-whatsapp = Used by almost every Italian, including for talking to shops. Ideal for pre-sale questions and order updates; buyers may send voice messages. Send offers only to those who opted in.
channel-email = The record for orders, invoices, returns and complaints; write formally with the order number in the subject.
channel-marketplace-chat = Marketplace messages (Amazon.it, eBay.it, Zalando, Vinted) are where many cross-border questions arrive; reply in Italian within 24 hours.
channel-instagram = Strong for fashion, beauty, design and food; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day (Capodanno)
    .note = National holiday; the Christmas season goes on until Epiphany.
holiday-epiphany = Epiphany (Epifania, la Befana)
    .note = 6 January ends the Christmas season; children receive stockings of sweets from the Befana. Winter sales open in the first days of January, on dates set by each region.
holiday-easter-monday = Easter Monday (Pasquetta)
    .note = National holiday, usually spent on a day trip; Easter eggs and Colomba cakes sell in the weeks before Easter.
holiday-liberation-day = Liberation Day (Festa della Liberazione)
    .note = 25 April; with 1 May it often creates long bridges (ponti) when people take days off in between.
holiday-labour-day = Labour Day (Festa dei Lavoratori)
    .note = 1 May, a national holiday.
holiday-republic-day = Republic Day (Festa della Repubblica)
    .note = 2 June, the national day.
holiday-ferragosto = Ferragosto (Assumption Day)
    .note = 15 August, the peak of the summer holidays; many businesses, suppliers and even some couriers close for one to three weeks around it.
holiday-st-francis-day = St Francis of Assisi Day (San Francesco)
    .note = 4 October, patron saint of Italy, restored as a national holiday from 2026 by a law passed in October 2025; it first falls on a weekday in 2027.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; now a major online event in Italy and the start of Christmas shopping.
holiday-christmas = Christmas (Natale and Santo Stefano)
    .note = 25 and 26 December are national holidays. The Christmas shopping season traditionally opens on 8 December (Immaculate Conception); state the last order date for delivery before Christmas.

holiday-easter-sunday = Easter Sunday (Pasqua)
    .note = Public holiday; families gather and shops close. Easter eggs and colomba cakes sell in the weeks before.
holiday-all-saints = All Saints' Day (Ognissanti)
    .note = Public holiday on 1 November; 2 November (All Souls') is a working day when families visit graves.
holiday-immaculate-conception = Immaculate Conception (Immacolata Concezione)
    .note = Public holiday on 8 December and the traditional start of the Christmas season: decorations go up and Christmas shopping peaks from this weekend.

etiquette-salutation = Open with "Gentile Signor Rossi" or "Gentile Signora Rossi" (or "Gentile cliente" if you do not know the name); move to "Buongiorno" plus first name only if the buyer does. Close with "Cordiali saluti".
    .title = Salutation
etiquette-lei-form = Use the formal "Lei" with buyers unless your brand clearly speaks informally to a young audience. Italians notice poor or machine-translated Italian at once.
    .title = Formal "Lei"
etiquette-personal-touch = Italians buy from people they trust: sign with a real name, be warm and reassuring, explain what you will do and by when. Be patient with long messages and voice notes, and answer every point.
    .title = Personal touch
etiquette-reply-time = Reply on WhatsApp within a few hours during the day and by e-mail within one working day.
    .title = Reply time
etiquette-payment-methods = Cards (including prepaid cards such as PostePay) and PayPal are the most used online; cash on delivery (contrassegno) is still requested, especially in the South, and buy-now-pay-later (Scalapay, Klarna) is popular in fashion. Buyers have 14 days to withdraw from an online purchase.
    .title = Payment
etiquette-august-and-lunch = Avoid messages at lunchtime (13:00–14:30) and do not expect quick answers in mid-August. Launch summer campaigns with the July sales and get back to buyers in September.
    .title = August and lunch

taboo-number-17 = Avoid the number 17 in product names, set sizes, prices and launch dates.
    .rationale = In Italy 17 is the unlucky number: the Roman numeral XVII rearranged reads VIXI, "I have lived", meaning "I am dead". Friday the 17th is the unlucky day, and Renault sold its R17 in Italy as the R177.
taboo-chrysanthemums = Do not use chrysanthemums as gifts or festive decoration.
    .rationale = In Italy they are the flowers of funerals and of the dead on All Saints' Day and All Souls' Day (1–2 November).
taboo-horns-gesture = Do not show the horns gesture (index and little finger raised) aimed at a person.
    .rationale = Aimed at someone it means "cuckold" (cornuto) and is an insult; pointed downward it is used to ward off bad luck.
taboo-mafia-stereotypes = Do not use mafia jokes, names or imagery in products or marketing.
    .rationale = Italians find them offensive to the victims of organised crime; EU courts have refused trade marks based on the mafia as contrary to public policy.
taboo-false-made-in-italy = Never label or suggest "Made in Italy" (for example with Italian flags or wording that implies Italian origin) on goods not made in Italy.
    .rationale = False or misleading Italian origin claims are an offence under Italian law (Law 350/2003), and customs seize such goods.

## Commerce facts

commerce-payments = Italians pay online mostly by card, including prepaid cards such as PostePay, and with PayPal; wallets and instalments (Klarna, Scalapay) are growing. Cash on delivery (contrassegno) remains available at many shops, usually for a fee.
commerce-marketplaces = Amazon is by far the largest marketplace; Temu, SHEIN and AliExpress are large, eBay still has a base, Zalando for fashion and Vinted for second-hand. TikTok Shop opened in Italy in 2025.
commerce-import = Since July 2021 EU VAT (22%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = From China about 7-20 days by post or cross-border line, 3-6 by express; within the EU 2-6 days. Poste Italiane, BRT, GLS, SDA and lockers. Address: street and number (Via Nazionale 10), then postcode, city and the two-letter province (00184 Roma RM).
commerce-returns = Consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason; the seller must refund within 14 days, including standard outbound delivery, and must tell the buyer about this right, or the period extends by up to 12 months. Sellers outside the EU selling to EU consumers are bound too.
