market-name = Kenya
market-summary = East Africa's e-commerce hub, built on mobile money: almost every buyer pays with M-Pesa and shops from a phone via Jumia, Kilimall, social media and WhatsApp. Be friendly and polite, greet before business, confirm orders by phone or WhatsApp, and accept M-Pesa.
business-hours = Offices work Monday to Friday, about 8:00–17:00 with a lunch hour, and many businesses open on Saturday morning. A public holiday that falls on a Sunday moves to the next day that is not itself a holiday (section 4 of the Public Holidays Act). Deliveries slow down in the Christmas and New Year period, when many people travel upcountry.

channel-whatsapp = The main channel for enquiries, photos, order confirmation and delivery updates; use WhatsApp Business with a catalogue.
channel-phone = Buyers and riders often call to confirm orders and directions; keep a local number that answers.
channel-sms = Still important: M-Pesa confirmations, order and delivery notifications reach every phone, even without data.
channel-facebook-messenger = Facebook is one of the most used social networks; many buyers ask questions on pages and in Messenger.
channel-tiktok = Fast-growing for product discovery and creator promotions among young urban buyers.

holiday-new-year = New Year's Day
    .note = 1 January; if it falls on a Sunday, the next day that is not a holiday is off.
holiday-easter = Easter weekend (Good Friday to Easter Monday)
    .note = Good Friday and Easter Monday are public holidays; with the weekend, a four-day pause for many.
holiday-labour-day = Labour Day
    .note = 1 May, public holiday.
holiday-madaraka-day = Madaraka Day
    .note = 1 June, national day marking self-rule in 1963.
holiday-eid-al-fitr = Idd-ul-Fitr (Eid al-Fitr)
    .note = Public holiday on the day the Interior Cabinet Secretary gazettes, usually only a few days ahead and sometimes a day after Saudi Arabia. Most relevant on the coast and in the north-east.
holiday-eid-al-adha = Idd-ul-Azha (Eid al-Adha)
    .note = Gazetted as a public holiday every year by the Interior Cabinet Secretary (one day, on the date Kenyan Muslims celebrate); livestock and food sales rise before it.
holiday-mazingira-day = Mazingira Day
    .note = 10 October; renamed from Utamaduni Day in 2024 and dedicated to tree planting and the environment.
holiday-mashujaa-day = Mashujaa Day (Heroes' Day)
    .note = 20 October, national day honouring independence heroes.
holiday-black-friday = Black Friday
    .note = Jumia, Kilimall and major retailers run week-long or month-long November sales.
holiday-jamhuri-day = Jamhuri Day
    .note = 12 December, independence and republic day; the start of the festive season.
holiday-christmas = Christmas Day and Boxing Day
    .note = 25–26 December; a day that falls on a Sunday moves to the next free weekday (27 December in 2021 and 2022). The biggest shopping season, with many people travelling home; publish delivery cut-offs early.

holiday-good-friday = Good Friday
    .note = Public holiday; most shops and offices are closed.
holiday-easter-monday = Easter Monday
    .note = Public holiday; offices are closed.

etiquette-salutation = Use a title and surname ("Mr Otieno", "Mrs Wanjiru") or "Sir" and "Madam" at first; Kenyans move to first names quickly, so follow the buyer.
    .title = Salutation
etiquette-greetings = Always greet and ask how the buyer is before business ("Hello, how are you?" or "Habari"); going straight to the point feels cold. A "no" is often expressed indirectly, so confirm details clearly.
    .title = Greetings
etiquette-m-pesa = Accept M-Pesa through a Paybill or Till number (Lipa na M-Pesa) and show the business name buyers will see; cash or M-Pesa on delivery is common for first orders. Never ask buyers to send money to a personal number.
    .title = Payment
etiquette-reply-time = Reply on WhatsApp within a few hours and confirm delivery times the day before; riders and buyers expect a phone call on arrival.
    .title = Reply time
etiquette-swahili = Write in English; a Swahili greeting or thanks ("Asante sana", "Karibu") is appreciated. Sheng (Nairobi street slang) works only in casual youth marketing.
    .title = Language

taboo-plastic-bags = Do not ship orders in plastic carrier bags; use paper, cardboard or other permitted packaging.
    .rationale = Kenya banned the use, manufacture and import of plastic carrier bags in 2017, with heavy fines or prison.
taboo-ethnic-politics = Keep out of tribe and party politics in marketing and messages.
    .rationale = Ethnic and election tensions are sensitive and have led to violence; hate speech is a crime.
taboo-counterfeits = Do not sell fake or look-alike branded goods.
    .rationale = The Anti-Counterfeit Authority seizes counterfeit goods and sellers face fines and prosecution.
taboo-lgbt-content = Be cautious with same-sex romantic imagery in advertising.
    .rationale = Same-sex relations are criminalised and the film and content regulator has banned LGBT-themed content.

## Commerce facts

commerce-payments = M-Pesa (Lipa na M-Pesa, paybill and till numbers) is the default way to pay, also on delivery; cards and Airtel Money follow.
commerce-marketplaces = Jumia and Kilimall are the main marketplaces and Jiji the main classifieds site; many sellers sell through social media and WhatsApp.
commerce-import = Parcels pay import duty under the East African Community tariff, 16% VAT and levies (import declaration fee, railway levy) on clearance, collected by the courier or Posta Kenya; this profile does not state a duty-free threshold.
commerce-delivery = From China 10-30 days, from the EU 7-20 days, 4-8 by express; couriers, Posta Kenya and pickup agents. Many addresses are P.O. boxes with a postcode (00100 is Nairobi GPO); for delivery give the building, road, area and a phone number.
commerce-returns = Kenyan law gives no general cooling-off right for online purchases; the shop's policy applies, and the Consumer Protection Act 2012 protects buyers of defective goods.
