market-name = Saudi Arabia
market-summary = The largest Gulf market: young, mobile-first buyers with high spending power who shop heavily in Ramadan and around national days. Talk to them in Arabic on WhatsApp, reply fast, show prices in riyals including VAT, and keep imagery modest and free of religious or national symbols.
business-hours = The working week is Sunday to Thursday; Friday and Saturday are the weekend. Offices typically work 9:00–17:00, shorter in Ramadan; many shops close in the afternoon and reopen until late at night. Expect no answers on Friday around midday prayer, during the Eid holidays and on Founding Day and National Day.

channel-whatsapp = The everyday channel for questions, order confirmation and delivery coordination. Use a WhatsApp Business account with an Arabic profile and quick replies.
channel-instagram = Key for fashion, beauty, perfume and home products; many buyers ask prices and sizes by direct message before ordering.
channel-tiktok = Very popular with young Saudis; use short Arabic videos and creators for launches and seasonal campaigns.
channel-x = Widely used for news and public brand conversations; good for campaign announcements and public replies, never for order details.
channel-email = Used for invoices, receipts and formal after-sale records rather than for conversation.
channel-snapchat = Among the most used apps in the Kingdom (DataReportal, Digital 2024 Saudi Arabia); brands post stories and offers, and buyers reply to them with questions. Keep order details for WhatsApp.

holiday-founding-day = Founding Day (Yawm al-Ta'sis)
    .note = 22 February, a public holiday since 2022 marking the first Saudi state (1727); popular for heritage-themed promotions. If it falls on Friday, Thursday is given off; if on Saturday, Sunday.
holiday-ramadan = Ramadan
    .note = The month of fasting, about 29–30 days by the Hijri calendar (start confirmed by moon sighting, may shift a day). The biggest shopping season: activity moves to the evening after iftar and late night, and spending peaks in the last ten days before Eid.
holiday-eid-al-fitr = Eid al-Fitr
    .note = End of Ramadan. The private sector gets four days off from the day after 29 Ramadan (so the break can begin on the last day of Ramadan); Eid days that fall on a Friday or Saturday are made up with a day before or after, at the employer's choice, and government offices close much longer. Dates follow the Supreme Court's moon sighting. New clothes, perfume, sweets and gifts sell in the weeks before.
holiday-arafat-day = Day of Arafah
    .note = 9 Dhu al-Hijjah, the peak day of the Hajj and the first of the four-day Eid al-Adha break (9–12 Dhu al-Hijjah) in the private sector; may shift a day by moon sighting.
holiday-eid-al-adha = Eid al-Adha
    .note = Feast of the Sacrifice, from 10 Dhu al-Hijjah; offices close and many families travel. Break days that fall on a Friday or Saturday are made up with a day before or after at the employer's choice. Date confirmed by moon sighting.
holiday-national-day = Saudi National Day
    .note = 23 September, public holiday and one of the biggest sale periods of the year, with green-themed campaigns. Do not print the flag on products or giveaways. If it falls on Friday, Thursday is given off; if on Saturday, Sunday.
holiday-singles-day = 11.11 sales
    .note = Marketplaces and apps such as noon and Amazon.sa run large 11.11 sales; plan stock and ads two weeks ahead.
holiday-white-friday = White Friday
    .note = The Gulf name for Black Friday, used by Amazon and many retailers; sales often run for a week or more around the day.

etiquette-salutation = Address buyers by title and first name, e.g. "Mr Abdullah" or "Ustadh Abdullah"; for women "Ms Noura" or simply "Madam". Open with a greeting such as "As-salamu alaykum" before getting to business.
    .title = Salutation
etiquette-arabic = Write in Arabic when the buyer does; many also read English, but Arabic shows respect. Have replies checked by a native speaker, and give dates in the Gregorian calendar (add the Hijri date when it helps).
    .title = Language
etiquette-prayer-and-friday = Five daily prayers set the rhythm of the day; do not call or push for answers at prayer times or on Friday around midday prayer. Greet buyers for Ramadan ("Ramadan Kareem") and Eid ("Eid Mubarak").
    .title = Prayer and Friday
etiquette-ramadan-hours = In Ramadan, working hours are shorter (by law at most six hours a day for Muslim workers) and buyers are active late at night; schedule messages, live support and food promotions for the evening around iftar and suhoor.
    .title = Ramadan timing
etiquette-payment = Accept mada debit cards, Apple Pay, STC Pay and credit cards; buy-now-pay-later (Tabby, Tamara) is popular for larger baskets. Cash on delivery is still expected by some buyers; confirm COD orders by WhatsApp before shipping to cut refusals.
    .title = Payment
etiquette-modest-contact = Keep contact with women buyers to text unless they propose a call, use a respectful tone, and never ask for personal photos; stick to order matters.
    .title = Respectful contact

taboo-national-religious-symbols = Do not put the Saudi flag, the palm-and-swords emblem, leaders' names or pictures, verses of the Quran, the name of God or other religious symbols on products, packaging or promotional items.
    .rationale = The flag carries the Islamic declaration of faith; the Ministry of Commerce bans the commercial use of the flag, emblem, leaders' images and religious symbols, and discarded items bearing them offend believers.
taboo-alcohol-pork = Do not sell, show or reference alcohol or pork, including in recipes, gift sets and lifestyle images.
    .rationale = Both are forbidden in Islam; pork imports are banned and alcohol is prohibited for the general public.
taboo-immodest-imagery = Avoid revealing clothing, intimate poses and suggestive slogans in ads and on packaging; show models modestly dressed.
    .rationale = Public decency rules apply to advertising, and such images are offensive to many buyers.
taboo-left-hand = In photos and videos, show products being offered, eaten or received with the right hand.
    .rationale = The left hand is considered unclean for eating and giving.
taboo-shoe-soles = Do not show the soles of shoes or feet pointed at the viewer or at people.
    .rationale = Showing the sole is an insult in Arab culture.
seasonal-hours-ramadan = In Ramadan, government offices work 10:00–15:00 (at most five hours) and private employers must shorten Muslim employees' day to six hours (Labour Law, art. 98); shops and buyers come alive after iftar.

## Commerce facts

commerce-payments = mada debit cards, usually through Apple Pay, are the most used; credit cards, Tabby and Tamara (buy now, pay later), STC Bank and cash on delivery follow. Checkout must accept mada, not only Visa and Mastercard.
commerce-marketplaces = Amazon.sa and noon lead; SHEIN, Temu and Trendyol are strong cross-border sellers.
commerce-import = 15% VAT is due on every imported parcel. Customs duty is mostly 5% (higher for some goods); parcels worth SAR 1,000 or less were long exempt from it under the GCC rules, but whether that exemption still applies is not confirmed here, so no duty threshold is given. Couriers collect before delivery; some goods (cosmetics, electronics) need SFDA or SASO conformity.
commerce-delivery = From China 7-18 days, from the EU 6-14 days, 3-6 by express; SPL (Saudi Post), Aramex, SMSA and marketplace logistics. Addresses use the national address: building number, street, district, city, five-digit postcode and a four-digit additional number; a short national address code also works.
commerce-returns = The E-Commerce Law lets a consumer cancel an online purchase within 7 days of receiving the goods, if unused, except goods made to order and a few others; the consumer bears the return cost unless the goods are defective.
