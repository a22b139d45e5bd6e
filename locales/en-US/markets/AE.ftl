market-name = United Arab Emirates
market-summary = A rich, international market where most residents are expatriates: English works for most buyers, Arabic wins Emirati customers. Buyers expect fast WhatsApp answers, quick delivery, prices in dirhams including 5% VAT, and respect for local customs, especially in Ramadan.
business-hours = Since 2022 the federal government works Monday to Thursday plus Friday morning, and most private companies work Monday to Friday, roughly 9:00–18:00; some work Saturday too, and Sharjah's government has a three-day weekend. Friday midday prayer pauses activity. Malls and online shopping peak in the evenings and at weekends.

channel-whatsapp = The main channel for questions, order confirmation and delivery slots. Messaging works normally, but WhatsApp voice and video calls are generally blocked, so call by phone.
channel-instagram = Central for fashion, beauty, perfume and lifestyle brands; buyers ask prices and availability by direct message.
channel-email = Expected for invoices, receipts, warranty and formal complaints; write in English unless the buyer uses Arabic.
channel-tiktok = Popular for product discovery and creator campaigns; keep videos in English or Arabic.
channel-snapchat = Widely used in the Emirates (DataReportal, Digital 2024 UAE) for stories, offers and launches; answer questions there briefly and move orders to WhatsApp or e-mail.

holiday-new-year = New Year's Day
    .note = 1 January, public holiday for both public and private sectors; since 2025 the Cabinet may move it to the start or end of the week.
holiday-ramadan = Ramadan
    .note = The month of fasting (start confirmed by moon sighting, may shift a day). A major shopping season; working hours are shorter and buyers are active in the evening and late at night.
holiday-eid-al-fitr-eve = Eid al-Fitr holiday (last day of Ramadan)
    .note = When Ramadan runs to 30 days, its last day is part of the Eid break (until 2024 the 29th was off too). Expect offices to close a day before Eid.
holiday-eid-al-fitr = Eid al-Fitr
    .note = 1 to 3 Shawwal, set by moon sighting; together with a 30th day of Ramadan the break is three or four days for all sectors. Gifts, clothes and perfume peak beforehand.
holiday-arafat-day = Arafat Day
    .note = 9 Dhu al-Hijjah, a public holiday that opens the four-day Eid al-Adha break; may shift a day by moon sighting.
holiday-eid-al-adha = Eid al-Adha
    .note = 10 to 12 Dhu al-Hijjah, public holiday for all sectors; many residents travel.
holiday-islamic-new-year = Islamic New Year (Hijri New Year)
    .note = 1 Muharram, one day off; the Cabinet often moves it to the start or end of the week (a Friday in 2025, a Monday in 2026).
holiday-mawlid = Prophet's Birthday (Mawlid)
    .note = 12 Rabi al-Awwal, one day off; the Cabinet often moves it to the start or end of the week.
holiday-singles-day = 11.11 sales
    .note = Marketplaces such as noon and Amazon.ae run big 11.11 sales; prepare ads and stock two weeks ahead.
holiday-white-friday = White Friday
    .note = The Gulf name for Black Friday sales, often a week-long event; the Dubai Shopping Festival follows in December.
holiday-commemoration-day = Commemoration Day (Martyrs' Day)
    .note = 30 November honours Emiratis who died serving the country: a minute of silence at 11:00 and flags at half-mast. It was a day off (on 1 December) until 2022; keep promotions sober that day.
holiday-national-day = National Day (Eid Al Etihad)
    .note = 2–3 December, two days off for all sectors (the Cabinet may shift them, as to 1–2 December in 2025). Big sales with national colours; do not misuse the flag or leaders' images.

etiquette-salutation = Use a title and first name, e.g. "Mr Ahmed" or "Ms Fatima"; "Sir" and "Madam" are also common. A short greeting ("Hello", or "As-salamu alaykum" for Arab buyers) comes before business.
    .title = Salutation
etiquette-language = English is the working language of commerce; reply in Arabic when the buyer writes in Arabic. Do not assume nationality or religion from a name; many buyers are from South Asia, the Philippines or Europe.
    .title = Language
etiquette-reply-time = Buyers expect a first answer on WhatsApp within a few hours during business time and clear delivery slots; same-day or next-day delivery is common in Dubai and Abu Dhabi.
    .title = Reply time
etiquette-ramadan-and-friday = In Ramadan, wish buyers "Ramadan Kareem", do not expect replies around iftar, and move live support to the evening. Avoid calls at Friday midday prayer.
    .title = Ramadan and Friday
etiquette-payment = Cards and Apple Pay dominate; buy-now-pay-later (Tabby, Tamara) is widely used. Cash on delivery is still common, so confirm COD orders before dispatch.
    .title = Payment

taboo-religious-text = Never print Quranic verses, the name of God or the Prophet on products, packaging or items that may be thrown away or stepped on.
    .rationale = It is seen as desecration and insulting religion is a crime in the UAE.
taboo-criticising-state = Do not criticise or joke about the rulers, the state, Islam or other religions in posts, ads or messages.
    .rationale = The cybercrime and anti-discrimination laws punish such content, including online posts by businesses.
taboo-alcohol-pork = Do not feature alcohol or pork in general marketing, and check import rules before listing them.
    .rationale = Both are sold only under licence or in separate sections for non-Muslims, and are offensive to Muslim buyers.
taboo-immodest-imagery = Keep models modestly dressed and avoid intimate scenes in ads and on packaging.
    .rationale = Media content standards require respect for public morals; suggestive images draw complaints and removal.
taboo-left-hand = In photos and videos, hand over, eat or receive products with the right hand.
    .rationale = Many Arab and South Asian buyers consider the left hand unclean for eating and giving.
seasonal-hours-ramadan = In Ramadan, federal ministries work 9:00–14:30 Monday to Thursday and 9:00–12:00 on Friday, and private-sector days are two hours shorter; expect replies in the evening after iftar.

## Commerce facts

commerce-payments = Cards and Apple Pay lead; cash on delivery is still widely used, and buy now, pay later with Tabby and Tamara is popular. Confirm COD orders by phone or WhatsApp before dispatch to cut refusals.
commerce-marketplaces = Amazon.ae and noon lead; SHEIN, Temu and Trendyol are strong cross-border sellers.
commerce-import = Under GCC customs rules, personal parcels worth AED 1,000 or less are free of the 5% customs duty (tobacco and alcohol excepted); above that duty applies. 5% VAT is due on imports; how low-value parcels are taxed in practice is not confirmed here. Couriers collect charges before delivery.
commerce-delivery = From China 5-15 days, from the EU 5-12 days, 2-5 by express; Aramex, Emirates Post, couriers and marketplace logistics. The UAE uses no postcodes: give building, street, area, city and emirate, a landmark and the buyer's mobile number, which couriers call.
commerce-returns = UAE law gives no general cooling-off right for online purchases; the shop's return policy applies, and consumer protection law covers defective goods.
