market-name = Egypt
market-summary = The most populous Arab market: price-sensitive buyers who discover products on Facebook and Instagram, chat on WhatsApp and still largely pay cash on delivery. Reply warmly in Egyptian Arabic, quote prices in pounds with delivery included, and confirm every order before shipping.
business-hours = The working week is Sunday to Thursday; Friday and Saturday are the weekend, though many shops open on Saturday. Offices work about 9:00–17:00, shorter in Ramadan. Since 2020 the Prime Minister usually moves one-day holidays that fall early or mid-week (all but the two Eids and Coptic Christmas) to the Thursday, and sometimes extends the Eid breaks; the decrees come only days before, so check them each month.

channel-whatsapp = The main channel for questions, order confirmation and delivery coordination; buyers send voice notes, so be ready to answer them.
channel-facebook-messenger = Facebook is the biggest platform in Egypt; many shops sell directly from a Facebook page and answer in Messenger.
channel-phone = Couriers and shops call to confirm COD orders and addresses; an unconfirmed order is often refused at the door.
channel-instagram = Important for fashion, beauty and home brands aimed at young urban buyers in Cairo and Alexandria.

holiday-coptic-christmas = Coptic Christmas
    .note = 7 January, public holiday; Egypt's Coptic Christians are the largest Christian community in the Middle East.
holiday-revolution-police-day = 25 January Revolution and Police Day
    .note = 25 January, public holiday marking the 2011 revolution and the police's 1952 stand in Ismailia; moved to a Thursday when it falls early in the week.
holiday-ramadan = Ramadan
    .note = The month of fasting (start set by moon sighting, may shift a day). Spending on food, decorations (fanous lanterns) and Eid clothes peaks; people stay up late and shop online at night.
holiday-eid-al-fitr = Eid al-Fitr (Eid el-Fitr)
    .note = Three days from 1 Shawwal as announced by Dar al-Ifta; the Prime Minister usually extends the break to four or five days (for example 19–23 March 2026). New clothes and sweets (kahk) sell strongly beforehand.
holiday-sham-el-nessim = Sham el-Nessim
    .note = Spring festival on the Monday after Orthodox (Coptic) Easter, a paid holiday celebrated by Muslims and Christians alike with picnics and salted fish.
holiday-sinai-liberation-day = Sinai Liberation Day
    .note = 25 April, public holiday; often moved to a Thursday (24 April in 2025) or merged into the Eid or Sham el-Nessim break.
holiday-labour-day = Labour Day
    .note = 1 May, public holiday; often moved to make a long weekend (to Sunday 5 May, next to Sham el-Nessim, in 2024).
holiday-arafat-day = Arafat Day
    .note = 9 Dhu al-Hijjah, first day of the Eid al-Adha break; follows Dar al-Ifta's announcement, which may differ by a day from other countries.
holiday-eid-al-adha = Eid al-Adha (Eid el-Adha)
    .note = From 10 Dhu al-Hijjah, three days after Arafat Day, often extended to a week for the public sector; many travel to the coast or home villages and deliveries pause.
holiday-june-30-revolution = 30 June Revolution Day
    .note = 30 June, public holiday marking the 2013 protests; often moved to the Thursday (2 July in 2020).
holiday-islamic-new-year = Islamic New Year
    .note = 1 Muharram, one day off, often moved to a Thursday.
holiday-revolution-day = Revolution Day
    .note = 23 July, national day marking the 1952 revolution; moved to the Thursday when it falls mid-week (24 July in 2025).
holiday-mawlid = Prophet's Birthday (Mawlid al-Nabi)
    .note = 12 Rabi al-Awwal, one day off, sometimes moved to a Thursday; the traditional Mawlid sweets and sugar dolls sell in the weeks before.
holiday-armed-forces-day = Armed Forces Day
    .note = 6 October, public holiday marking the 1973 crossing of the Suez Canal; often moved to the nearest Thursday.
holiday-white-friday = White Friday
    .note = The Arab name for Black Friday, run by Amazon.eg, Jumia, noon and electronics retailers, often for a week or more.

etiquette-salutation = Use a title and first name: "Ustaz Ahmed" or "Mr Ahmed", "Madam Mona" or "Ustaza Mona", and "Doctor" or "Engineer" where the buyer uses it. Open with a warm greeting ("Ahlan", "Sabah el-kheir").
    .title = Salutation
etiquette-arabic = Reply in Arabic; Egyptian colloquial Arabic is friendlier in chat, Modern Standard Arabic for formal documents. Many urban buyers accept English, but Arabic builds trust.
    .title = Language
etiquette-payment = Cash on delivery is still the most common payment, and buyers often ask to inspect the item before paying. Also offer Fawry, InstaPay, mobile wallets (such as Vodafone Cash) and instalments (valU). Quote the final price in pounds, including delivery.
    .title = Payment
etiquette-bargaining = Buyers often ask for a discount or free delivery; a small concession or gift is expected, delivered politely, not a flat "no".
    .title = Negotiation
etiquette-ramadan-timing = In Ramadan, working hours are shorter and buyers are busy around iftar; answer in the evening and late night, and greet with "Ramadan Kareem". Avoid calls during Friday noon prayer.
    .title = Ramadan and Friday
etiquette-reply-time = Reply within a few hours on WhatsApp or Messenger; a seller who does not answer quickly loses the sale to the next page.
    .title = Reply time

taboo-religious-text = Do not print Quranic verses, the name of God or other religious symbols on products, packaging or disposable items.
    .rationale = Items that may be thrown away or stepped on would desecrate sacred text; this offends both Muslims and Christians.
taboo-religion-politics = Avoid religious jokes and political comments in marketing and messages.
    .rationale = Contempt of religion is a crime under the Penal Code, and political speech is closely watched.
taboo-alcohol-pork = Do not feature alcohol or pork in general marketing.
    .rationale = Although sold legally in some places, both offend the Muslim majority.
taboo-shoe-soles = Do not show the soles of shoes or feet pointed at people or the viewer.
    .rationale = Showing or throwing a shoe is a strong insult in Egypt.
taboo-left-hand = In images, hand over, eat or receive products with the right hand.
    .rationale = The left hand is considered unclean for eating and giving.
seasonal-hours-ramadan = In Ramadan, state offices work 9:00–14:00 and banks 9:30–13:30, while shops stay open until 2:00 at night; buyers answer and shop late in the evening.

## Commerce facts

commerce-payments = Cash on delivery is still the main way to pay online; cards (including the national Meeza scheme), Fawry reference codes paid in cash, the InstaPay bank transfer app, mobile wallets such as Vodafone Cash and instalment providers (valU) follow. Confirm every COD order by phone before dispatch.
commerce-marketplaces = Amazon.eg, noon and Jumia are the main marketplaces; Temu and SHEIN have entered.
commerce-import = Parcels from abroad pay customs duty and VAT (14%) on clearance; Egypt has no well-known duty-free threshold for online purchases and clearance can be slow, with some goods needing import approvals. This profile does not state a figure: check with the carrier.
commerce-delivery = From China 10-30 days, from the EU 7-20 days, 4-8 by express; Egypt Post, Aramex, Bosta and marketplace logistics. Address: building number, street, district, city and governorate, plus a landmark and the buyer's phone number.
commerce-returns = The Consumer Protection Law (No. 181 of 2018) lets consumers return goods within 14 days of receipt, with exceptions; check the executive regulations for distance sales.
