market-name = India
market-summary = A huge, mobile-first and price-conscious market: buyers compare offers on Amazon, Flipkart, Meesho and brand sites, ask questions on WhatsApp and pay mostly by UPI, while cash on delivery is still common outside the big cities. Be polite and patient, answer in English or Hindi, and plan the year around the festive season from Navratri to Diwali, the biggest sales period.
business-hours = Many offices and most small businesses work Monday to Saturday, about 09:30–18:30 with a lunch break; large companies and central government offices work Monday to Friday, and Sunday is the weekly day off. Only three holidays are national (Republic Day, Independence Day, Gandhi Jayanti); central government offices everywhere also close on 11 religious festivals (14 compulsory holidays in all) plus three chosen per state, and state lists vary. The whole country is on IST (UTC+5:30).

channel-whatsapp = India is WhatsApp's largest market and buyers expect sellers to be on it. Use WhatsApp Business for catalogues, quick replies and order updates; get opt-in before sending offers, and on the WhatsApp Business Platform business-initiated messages must use approved templates.
channel-instagram = Strong for fashion, beauty, jewellery and home decor; many buyers discover small brands there and ask prices by direct message, so showing prices in posts saves back-and-forth.
channel-email = Used for order confirmations, GST invoices and returns; few buyers read promotional e-mail.
channel-sms = Used for one-time passwords and delivery updates. Commercial SMS must go out under a header and template registered on the operators' DLT platform (TRAI regulations) or it is blocked.
channel-phone = Many buyers, especially outside the big cities, prefer a short call; sellers call or send an automated voice call to confirm cash-on-delivery orders before dispatch, which reduces refused parcels.

holiday-republic-day = Republic Day
    .note = 26 January; national holiday. Marketplaces run Republic Day sales in the days before.
holiday-holi = Holi
    .note = Festival of colours in February or March, celebrated most widely in North India, where it is a public holiday in most states. Colours, water guns, white clothing and sweets sell in the weeks before. Dates follow the central government list.
holiday-good-friday = Good Friday
    .note = Central government holiday; banks and offices close, especially in Kerala, Goa, Mumbai and the north-east.
holiday-mahavir-jayanti = Mahavir Jayanti
    .note = Birthday of Mahavira, the most important Jain festival (March or April); central government holiday and a meat- and alcohol-free day in many places.
holiday-eid-al-fitr = Eid al-Fitr (Eid ul-Fitr)
    .note = Central government holiday. India usually sights the new moon a day after Saudi Arabia, so the date is often a day later than the computed one. Clothing and gift demand rises in the last weeks of Ramadan.
holiday-buddha-purnima = Buddha Purnima
    .note = Full-moon day of Vaisakha (April or May) marking the Buddha's birth and enlightenment; central government holiday.
holiday-eid-al-adha = Eid al-Adha (Bakrid)
    .note = Central government holiday, usually a day after the Gulf date because India follows local moon sighting. Demand for clothing and gifts rises before it; some states restrict animal slaughter and transport, so avoid related imagery.
holiday-muharram = Muharram (Ashura)
    .note = 10 Muharram, a day of mourning for Shia Muslims with processions in many cities; central government holiday. Keep marketing respectful; the date can shift a day with moon sighting.
holiday-raksha-bandhan = Raksha Bandhan
    .note = Sisters tie a rakhi on their brothers' wrists and receive gifts. Mostly a working day, but a major date for rakhis, chocolates and gift hampers sent between cities; guarantee delivery before the day.
holiday-independence-day = Independence Day
    .note = 15 August; national holiday with "freedom" sales on marketplaces. Do not print the national flag on products.
holiday-milad-un-nabi = Milad-un-Nabi (Prophet's Birthday)
    .note = 12 Rabi al-Awwal; central government holiday, and some states move it a day to avoid clashing with other festivals.
holiday-gandhi-jayanti = Gandhi Jayanti
    .note = 2 October, Mahatma Gandhi's birthday; national holiday and a dry day (no alcohol sales) in most states.
holiday-dussehra = Dussehra (Vijayadashami)
    .note = Ends the nine nights of Navratri; in West Bengal, Durga Puja closes businesses for several days. Marketplaces start their biggest festive sales (Flipkart Big Billion Days, Amazon Great Indian Festival) in late September or early October.
holiday-diwali = Diwali (Deepavali)
    .note = The biggest festival and the shopping peak of the year: electronics, clothing, home decor, gifts and sweets sell most in the weeks before, and Dhanteras, usually two days earlier, is the traditional day to buy gold, silver and utensils. Couriers slow down over the five-day festival; the date follows the central government list and some regions celebrate a day apart.
holiday-guru-nanak-jayanti = Guru Nanak Jayanti (Gurpurab)
    .note = Birthday of Guru Nanak, founder of Sikhism, on the full moon of Kartika (November); central government holiday, widely celebrated in Punjab and Delhi, soon after the Diwali rush.
holiday-christmas = Christmas
    .note = Central government holiday; gift and decor demand in cities, followed by year-end sales.

holiday-maha-shivaratri = Maha Shivaratri
    .note = The night of Shiva, a central government holiday in the years the Delhi list chooses it (2025); a fasting day for many, not a shopping day.
holiday-ram-navami = Ram Navami
    .note = Rama's birthday, a central government holiday in the years the Delhi list chooses it (2024, 2026); processions in the north.
holiday-janmashtami = Janmashtami
    .note = Krishna's birthday, a central government holiday in Delhi (2024-2026) and a holiday in most northern states; it opens the festive season that runs to Diwali.

etiquette-salutation = Address buyers as "Sir" or "Ma'am", or with Mr or Ms and the first name ("Mr Rahul", "Ms Priya"); in Hindi, adding "ji" ("Rahul ji") shows respect. Many South Indians use an initial instead of a family name, so the first name is the safe choice.
    .title = Salutation
etiquette-language = English is standard in online shopping and customer service; Hindi works across the north and centre, and regional languages such as Tamil, Telugu, Bengali or Marathi build trust in their states. Hinglish (Hindi mixed with English) is common in chat; reply in the buyer's language where you can.
    .title = Language
etiquette-reply-time = Buyers expect WhatsApp replies within a few hours and often follow up quickly or call. Acknowledge at once, give a clear delivery date and share tracking links without being asked.
    .title = Reply time
etiquette-bargaining = Buyers routinely ask for a better price, a coupon or free delivery. Leave room for a small discount, prefer bundles or prepaid discounts to cutting the base price, and stay polite and patient.
    .title = Bargaining
etiquette-payment = UPI (Google Pay, PhonePe, Paytm) is the most used digital payment; cards, net banking, EMI and pay-later are also common. Cash on delivery is still important outside big cities: confirm COD orders by WhatsApp or a call before shipping, and offer a small prepaid discount to cut returns.
    .title = Payment
etiquette-consent-dnd = Get clear consent before marketing by SMS, calls or WhatsApp. Promotional calls and SMS must respect buyers' Do Not Disturb (DND) preferences and use DLT-registered headers and templates, and the Digital Personal Data Protection Act 2023 sets consent rules for using buyers' personal data.
    .title = Consent and DND
etiquette-festive-season = The festive season from Navratri (September or October) to Diwali brings the year's biggest sales: fix stock, courier capacity and campaigns a month ahead. Regional festivals such as Onam, Durga Puja, Ganesh Chaturthi and Pongal are peaks in their own states.
    .title = Festive season

taboo-beef = Do not show beef or cow slaughter in ads, recipes or product images, and do not sell beef products.
    .rationale = Cows are sacred to Hindus, about 80% of the population, and cow slaughter is banned or restricted in most states.
taboo-deities-on-products = Do not print Hindu deities, Om or other sacred symbols, of any religion, on footwear, doormats, toilet covers, underwear or other everyday goods.
    .rationale = Such products cause nationwide outrage; in 2019 #BoycottAmazon trended in India over toilet seat covers and rugs showing Hindu gods, and offenders can face complaints under laws against outraging religious feelings.
taboo-india-map = Use only maps that show India's official borders, including all of Jammu and Kashmir, Ladakh and Arunachal Pradesh; if unsure, leave maps out.
    .rationale = Publishing a map of India that differs from the Survey of India's is an offence under the Criminal Law (Amendment) Act 1961, and wrong maps have drawn government notices and public anger.
taboo-national-flag = Do not print the Indian flag on cushions, napkins, doormats, footwear, underwear or other merchandise, or use it in logos and trademarks.
    .rationale = The Prevention of Insults to National Honour Act 1971, the Flag Code of India and the Emblems and Names Act 1950 forbid such uses; in 2017 the government made Amazon withdraw doormats showing the Indian flag.
taboo-left-hand = In photos and videos, show items being given and received with the right hand.
    .rationale = The left hand is considered unclean in traditional Indian etiquette.

## Commerce facts

commerce-payments = UPI (PhonePe, Google Pay, Paytm and bank apps) is the most used online payment; cash on delivery remains common, especially outside the big cities, though sellers push buyers to prepay; cards with EMI instalments and net banking follow. Foreign cards and recurring payments face extra authentication rules.
commerce-marketplaces = Amazon.in and Flipkart (with Myntra for fashion) lead; Meesho is strong among price-conscious buyers in smaller towns. Cross-border marketplaces play a small role.
commerce-import = India has no general duty-free threshold for goods bought from abroad; courier and postal imports for personal use pay customs duty and IGST, which the courier or India Post collects before delivery. Couriers ask the buyer for KYC documents (such as PAN or Aadhaar) to clear the parcel. The rates depend on the goods; this profile does not state one: check with the carrier.
commerce-delivery = From China about 10-25 days, from the EU 8-20 days, 4-8 by express; India Post, Blue Dart, Delhivery, DTDC and marketplace logistics deliver. Address: name, house or flat number, building, street, locality and a landmark, city, state and the six-digit PIN code.
commerce-returns = Indian law gives no fixed statutory return period for online purchases; the Consumer Protection (E-Commerce) Rules 2020 require sellers and marketplaces to state their return, refund and exchange policy clearly, and defective or misdescribed goods must be refunded or replaced.
