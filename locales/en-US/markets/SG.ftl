market-name = Singapore
market-summary = A small, affluent and highly connected market where buyers compare prices across borders and expect fast delivery, precise answers in English and hassle-free returns. WhatsApp and marketplace chat (Shopee, Lazada, Amazon.sg) handle most questions; e-mail is the record for orders and claims. Chinese, Malay and Indian festivals all matter, and the 11.11 and 12.12 campaigns are the main online sales.
business-hours = Offices work about 09:00–18:00 Monday to Friday with a lunch hour; some firms also open on Saturday morning. Singapore has 11 public holidays a year (all listed here), plus Polling Day in general elections. A holiday that falls on a Sunday is followed by a day off on the next working day; one that falls on a Saturday is not moved (employers give another day off or pay instead). Expect thin staffing during the Chinese New Year days and the last week of December.

channel-whatsapp = The dominant messaging app for customer questions, order updates and delivery coordination. Use a WhatsApp Business account; promotional messages to Singapore numbers fall under the Do Not Call rules.
channel-email = Expected for order confirmations, tax invoices, returns and complaints; keep a clear subject line and your company details.
channel-marketplace-chat = Marketplace chat on Shopee, Lazada and Amazon.sg is where platform buyers ask first; platforms show your response rate (Shopee counts replies within 12 hours), so answer promptly.
channel-instagram = Used for discovery in fashion, beauty, food and lifestyle; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day
    .note = Public holiday; year-end sales run up to it.
holiday-lunar-new-year = Chinese New Year
    .note = Two public days and the biggest festival for the Chinese majority; when one of them falls on a Sunday, the next working day is also a holiday. Demand for new clothes, gifts, snacks and red-and-gold packaging peaks in the weeks before; many shops and suppliers close for several days.
holiday-good-friday = Good Friday
    .note = Public holiday, two days before Easter Sunday.
holiday-labour-day = Labour Day
    .note = 1 May, a public holiday.
holiday-hari-raya-puasa = Hari Raya Puasa (Eid al-Fitr)
    .note = One public day marking the end of Ramadan. The date is gazetted in advance and can differ by a day from the computed one. Festive clothing, cookies and home decor sell well during Ramadan.
holiday-vesak-day = Vesak Day
    .note = Buddhist festival marking the Buddha's birth, enlightenment and passing; a public holiday whose date MOM gazettes each year, usually in May or early June.
holiday-hari-raya-haji = Hari Raya Haji (Eid al-Adha)
    .note = One public day; the gazetted date can differ by a day from the computed one (for example 17 June 2024 in Singapore).
holiday-national-day = National Day
    .note = 9 August; National Day promotions in red and white run through late July and August.
holiday-deepavali = Deepavali
    .note = Hindu festival of lights and a public holiday; MOM gazettes the date after checking it with the Hindu Advisory Board. Little India's festive market and related promotions start weeks before.
holiday-sale-11-11 = 11.11 sale
    .note = The biggest online sales day on Shopee, Lazada and other platforms; 9.9 and 10.10 build up to it.
holiday-sale-12-12 = 12.12 sale
    .note = Year-end marketplace campaign that leads into Christmas shopping.
holiday-christmas = Christmas
    .note = Public holiday; Orchard Road decorations and gift shopping run from mid-November. Set cross-border shipping cut-offs early in December.

holiday-polling-day = Polling Day
    .note = General elections are a public holiday (3 May 2025); announced only a few weeks ahead.

etiquette-salutation = Use Mr or Ms with the family name until the buyer signs off with a first name. Chinese names put the family name first ("Tan Wei Ming" is Mr Tan); Malay names have no family name ("Nur Aisyah binti Ahmad" is Ms Nur Aisyah); many Indian names also have none, so use the given name.
    .title = Salutation
etiquette-language = English is the language of business and of most shopping; reply in standard English. Many Chinese Singaporeans read Simplified Chinese, so a Chinese reply is welcome when the buyer writes in Chinese. Singlish in a buyer's message is normal; you need not copy it.
    .title = Language
etiquette-reply-time = Buyers expect a first reply within a few hours in business hours and precise delivery dates rather than ranges. Say plainly when you will answer if you need to check.
    .title = Reply time
etiquette-clear-pricing = Be direct and factual: quote prices in SGD with GST included, state delivery time and return terms up front, and avoid exaggerated claims. Since 2023 GST also applies to low-value goods bought from overseas sellers.
    .title = Clear pricing
etiquette-payment = Buyers pay mainly by card and by PayNow (instant bank transfer by phone number or QR code), plus wallets such as GrabPay and PayLah!. Cash on delivery is uncommon; pay-later options are available on many platforms.
    .title = Payment
etiquette-do-not-call = Before sending marketing by SMS, WhatsApp or phone to Singapore numbers, check the national Do Not Call Registry unless the buyer gave clear consent, and include a way to opt out. Order and service messages are exempt.
    .title = Do Not Call rules

taboo-e-cigarettes = Do not sell, ship or advertise e-cigarettes, vapes, pods or their components to Singapore.
    .rationale = The Tobacco (Control of Advertisements and Sale) Act bans their import, sale and possession, with fines and jail terms.
taboo-chewing-gum = Do not sell or ship chewing gum to Singapore.
    .rationale = Importing and selling chewing gum has been banned since 1992; only therapeutic gum, such as nicotine gum, may be supplied through pharmacists and dentists.
taboo-race-religion = Keep race and religion out of jokes, memes and ads, and avoid stereotypes of any community.
    .rationale = Racial and religious harmony is protected by law (including the Maintenance of Religious Harmony Act and the Penal Code), and offensive ads draw swift public backlash.
taboo-number-4 = Avoid the number 4 in prices, bundles and packaging for Chinese buyers; 8 is a popular lucky number.
    .rationale = In Chinese, "four" sounds like "death".
taboo-clock-gifts = Do not suggest clocks as gifts for Chinese buyers, or include them as free gifts.
    .rationale = In Chinese, "giving a clock" (song zhong) sounds like attending someone's deathbed or funeral.

## Commerce facts

commerce-payments = Cards are the main online payment, with PayNow bank transfer, PayPal, Apple Pay and GrabPay common; buy now, pay later (Atome) is used for fashion and electronics.
commerce-marketplaces = Shopee and Lazada lead, followed by Amazon.sg, Taobao (with direct shipping), Qoo10, Carousell for second-hand and TikTok Shop.
commerce-import = Since January 2023, 9% GST applies to goods of SGD 400 or less bought online from abroad: registered overseas sellers and marketplaces charge it at checkout. Goods above SGD 400 pay GST at import, collected by the courier; customs duty applies only to alcohol, tobacco, motor vehicles and petroleum.
commerce-delivery = From China 4-10 days, from the EU 6-14 days, 2-4 by express; SingPost, Ninja Van, couriers and parcel lockers deliver. Address: block and street, #floor-unit, building name, then SINGAPORE and the six-digit postcode.
commerce-returns = Singapore law gives no general right to return an online purchase for a change of mind; the shop's policy applies. The Lemon Law part of the Consumer Protection (Fair Trading) Act lets buyers claim repair, replacement or refund for goods defective within six months.
