market-name = Malaysia
market-summary = A multi-ethnic, mobile-first market: Muslim Malays, Chinese and Indian Malaysians shop on Shopee, Lazada and TikTok Shop and message sellers on WhatsApp. Write in Malay or English (Chinese suits many Chinese-Malaysian buyers), respect halal rules, and time promotions around Hari Raya, Chinese New Year, Deepavali and the 11.11 and 12.12 sales.
business-hours = Offices in most states work 09:00–18:00 Monday to Friday with a lunch hour; on Fridays the midday break is longer (12:15–14:45 in the federal civil service) for Friday prayers. Kedah, Kelantan and Terengganu have a Friday–Saturday weekend and work Sunday to Thursday; Johor moved back to a Saturday–Sunday weekend in January 2025. A public holiday that falls on the weekly rest day is replaced by the next working day (by the next day that is not already a holiday). Each state adds holidays of its own (Thaipusam, Nuzul Al-Quran, rulers' birthdays and others), and the government sometimes declares extra one-off holidays. Expect slow replies for about a week around Hari Raya Aidilfitri and Chinese New Year.

channel-whatsapp = The default chat app in every community. Use WhatsApp Business for questions, order confirmation and tracking; send promotions only to buyers who opted in.
channel-marketplace-chat = Shopee, Lazada and TikTok Shop chat is where marketplace buyers ask first; your response rate is shown on the shop page and affects campaign eligibility. Keep the conversation and the payment on the platform.
channel-facebook-messenger = Facebook remains one of the most used social networks; buyers message Pages with pre-sale questions, so answer quickly and use Messenger for order follow-up.
channel-tiktok = TikTok Shop is a fast-growing sales channel; use short videos and live selling for launches and flash deals.

holiday-new-year = New Year's Day
    .note = Public holiday in Kuala Lumpur, Putrajaya, Labuan and most states, but not in Johor, Kedah, Kelantan, Perlis or Terengganu.
holiday-lunar-new-year = Chinese New Year
    .note = Two public days. Chinese-Malaysian buyers shop for clothes, gifts, snacks and red-and-gold decorations in the weeks before, and many Chinese-run businesses close for several days.
holiday-ramadan = Ramadan
    .note = The start is proclaimed after moon sighting and can differ by a day from the computed date. Festive clothing (baju raya), cookies, home decor and gifts sell strongly, peaking in the last two weeks before Hari Raya.
holiday-hari-raya-aidilfitri = Hari Raya Aidilfitri (Eid al-Fitr)
    .note = The biggest holiday: two public days, and many people take the whole week off to travel home (balik kampung). The date is confirmed by moon sighting and can differ by a day from the computed one; the government sometimes adds an extra day off (20 March 2026). Announce shipping cut-offs early.
holiday-labour-day = Labour Day
    .note = 1 May, a public holiday nationwide.
holiday-wesak-day = Wesak Day
    .note = Buddhist festival on the full moon of the Wesak month, usually in May; a public holiday nationwide, on the date in the government's official holiday list.
holiday-agongs-birthday = Birthday of the Yang di-Pertuan Agong
    .note = The King's official birthday, a public holiday nationwide on the first Monday of June (8 June in 2020).
holiday-hari-raya-haji = Hari Raya Haji (Eid al-Adha)
    .note = One public day (two in Kedah, Kelantan, Perlis and Terengganu); the date can differ by a day from the computed one.
holiday-awal-muharram = Awal Muharram (Islamic New Year)
    .note = 1 Muharram, a public holiday nationwide; the date follows the official Islamic calendar and can differ by a day from the computed one.
holiday-national-day = National Day (Hari Merdeka)
    .note = 31 August; Merdeka-themed promotions run in the weeks before.
holiday-malaysia-day = Malaysia Day
    .note = 16 September, marking the formation of Malaysia in 1963; a public holiday nationwide.
holiday-maulidur-rasul = Maulidur Rasul (Prophet Muhammad's Birthday)
    .note = 12 Rabiulawal, a public holiday nationwide; the date follows the official Islamic calendar. When it coincides with another holiday on a working day, no extra day is given (16 September 2024).
holiday-deepavali = Deepavali
    .note = Hindu festival of lights and a public holiday in every state except Sarawak. Indian-Malaysian buyers shop for clothing, sweets and decorations in the weeks before. Dates follow the official holiday list.
holiday-sale-11-11 = 11.11 sale
    .note = The largest marketplace campaign of the year, with 9.9 and 10.10 building up to it. Join platform campaigns and stock up early.
holiday-sale-12-12 = 12.12 sale
    .note = The year-end marketplace campaign, running into Christmas and school-holiday shopping.
holiday-christmas = Christmas
    .note = Public holiday nationwide; most important in Sabah and Sarawak, where many Christians live.

etiquette-salutation = Malay names have no family name: use a title with the given name, such as "Encik Ahmad" (Mr) or "Puan Aisyah" (Madam). For Chinese Malaysians use Mr or Ms with the family name, which comes first ("Tan Wei Ming" is Mr Tan). Indian Malaysians often have no family name either, so use Mr or Ms with the given name.
    .title = Salutation
etiquette-language = Malay (Bahasa Melayu) is the national language and English is widely understood; many Chinese Malaysians also read Chinese. Reply in the language the buyer uses and use Malay for broad campaigns. Malaysian Malay differs from Indonesian in spelling and vocabulary, so do not reuse Indonesian texts unchanged.
    .title = Language
etiquette-reply-time = Reply within a few hours in the daytime; marketplaces measure replies within 12 hours. Use auto-replies during Friday prayers and festive holidays.
    .title = Reply time
etiquette-payment = Offer FPX online banking, DuitNow QR, e-wallets such as Touch 'n Go eWallet, GrabPay and ShopeePay, and cards; marketplace buyers also expect cash on delivery and instalment or pay-later options.
    .title = Payment
etiquette-prayer-times = Malays are Muslim, as are some other Malaysians: avoid scheduling calls or live sessions during Friday prayers (around 13:00–14:30), keep Ramadan fasting hours in mind, and do not push alcohol- or pork-related products to Muslim buyers.
    .title = Prayer times and Ramadan
etiquette-festive-greetings = Greet each community on its own festival: "Selamat Hari Raya Aidilfitri, maaf zahir dan batin" for Hari Raya, "Gong Xi Fa Cai" for Chinese New Year and "Happy Deepavali" for Deepavali. A greeting with a small festive offer is appreciated; a greeting for the wrong festival looks careless.
    .title = Festive greetings

taboo-halal = Keep pork, alcohol and non-halal food out of marketing aimed at a general or Malay audience, and never use the word halal or a halal logo without recognised certification.
    .rationale = Muslims are nearly two-thirds of the population, and under the Trade Descriptions Act 2011 and its halal orders a false halal claim or an unauthorised halal logo is an offence; JAKIM certifies halal products.
taboo-race-religion-royalty = Stay out of race, religion and royalty (the "3R") in ads, posts and replies.
    .rationale = These are Malaysia's most sensitive topics; remarks on them can breach the Sedition Act 1948 and the Communications and Multimedia Act 1998 and have led to police investigations and boycotts.
taboo-left-hand-pointing = In photos and videos, give and receive items with the right hand or both hands, and do not point at people with the index finger; Malays point with the thumb.
    .rationale = The left hand is considered unclean, and pointing with the forefinger is seen as rude.
taboo-number-4 = Avoid the number 4 in prices, bundles and packaging aimed at Chinese-Malaysian buyers; 8 is a popular lucky number.
    .rationale = In Chinese, "four" sounds like "death".
taboo-nine-dash-line = Never use maps that show China's nine-dash line in the South China Sea on products, packaging or ads.
    .rationale = Malaysia rejects the claim; in 2019 its film censorship board ordered the map scene cut from the film Abominable, which was then not released in Malaysia.

## Commerce facts

commerce-payments = Online banking through FPX and e-wallets (Touch 'n Go, ShopeePay, GrabPay) lead, with cards and DuitNow QR; cash on delivery is still offered on marketplaces.
commerce-marketplaces = Shopee leads, then Lazada and TikTok Shop, which has grown fast; Temu entered in 2023.
commerce-import = Since January 2024 low-value goods (RM 500 or less) bought online from abroad are free of duty but pay 10% sales tax, charged at checkout by sellers and marketplaces registered for the low-value goods tax. Above RM 500 duty and sales tax are paid at import, through the courier.
commerce-delivery = From China 5-12 days, from the EU 8-18 days, 3-5 by express; Pos Malaysia, J&T, Ninja Van, Shopee Xpress and others. Address: unit, building, street, area, then postcode and city and the state (50450 Kuala Lumpur).
commerce-returns = Malaysian law gives no general cooling-off period for online purchases; the shop's or platform's policy applies, and the Consumer Protection Act's guarantees cover defective goods.
