market-name = Philippines
market-summary = A young, social-media-heavy market where buying often starts in Facebook Messenger, TikTok or a live-selling stream and ends on Shopee, Lazada or TikTok Shop. Buyers expect warm, polite replies in English or Taglish, quick answers about price and shipping fees, and cash on delivery or GCash. Christmas shopping starts in September (the "ber months") and the monthly double-date sales peak with 11.11 and 12.12.
business-hours = Offices usually work 08:00–17:00 (many private firms 09:00–18:00) Monday to Friday with a lunch hour; many shops and small sellers also work Saturdays. Holiday dates are confirmed each year by presidential proclamation, which often adds special non-working days such as 24 and 31 December. Expect little activity in Holy Week and from Christmas Eve to New Year.

channel-facebook-messenger = The main chat channel: most buyers message your Facebook Page before ordering. Answer fast, use saved replies for price, stock and shipping fee, and confirm orders in writing.
channel-marketplace-chat = Shopee, Lazada and TikTok Shop chat; a low chat response rate is shown to buyers as an unresponsive shop. Keep orders and payments on the platform.
channel-viber = Widely used, especially by older buyers and for group updates; useful for order follow-up and delivery coordination.
channel-tiktok = TikTok and its live selling drive discovery and impulse buys; TikTok Shop turns videos into orders.
channel-facebook = Many shops sell through their Facebook Page: buyers read the comments and reviews, then message the Page; reply to public comments quickly and move order details to Messenger.

holiday-new-year = New Year's Day
    .note = Regular holiday; 31 December is a special non-working day and 2 January is sometimes added.
holiday-chinese-new-year = Chinese New Year
    .note = Special non-working day declared every year; Filipino-Chinese families celebrate, Binondo and Chinese-owned wholesalers close, and red, gold and lucky-charm products sell in the weeks before.
holiday-holy-week = Holy Week (Maundy Thursday to Black Saturday)
    .note = Maundy Thursday and Good Friday are regular holidays and Black Saturday a special non-working day; offices, many shops and couriers pause and millions travel to the provinces. Plan no deliveries and expect slow replies.
holiday-araw-ng-kagitingan = Araw ng Kagitingan (Day of Valor)
    .note = 9 April, regular holiday honouring the defenders of Bataan; may be moved to a Monday by proclamation (10 April in 2023).
holiday-labor-day = Labor Day
    .note = 1 May, regular holiday; offices, banks and government agencies close.
holiday-eid-al-fitr = Eid'l Fitr
    .note = Regular holiday at the end of Ramadan, proclaimed each year on the advice of the National Commission on Muslim Filipinos, usually only a week or two ahead; the date can differ from other countries by a day.
holiday-independence-day = Independence Day
    .note = 12 June; regular holiday with patriotic promotions, but do not print the flag on merchandise.
holiday-eid-al-adha = Eid'l Adha
    .note = Regular holiday (Feast of the Sacrifice), proclaimed each year shortly before the date on the advice of the National Commission on Muslim Filipinos.
holiday-ninoy-aquino-day = Ninoy Aquino Day
    .note = 21 August, special non-working day; may be moved to make a long weekend (23 August in 2024).
holiday-national-heroes-day = National Heroes Day
    .note = Last Monday of August (Republic Act 9492); regular holiday.
holiday-sale-9-9 = 9.9 sale
    .note = Opens the "ber months", when Filipinos start Christmas shopping; marketplaces run big 9.9 and 10.10 campaigns.
holiday-all-saints-day = All Saints' Day (Undas)
    .note = Special non-working day; families visit cemeteries and travel home, and 2 November is often declared a non-working day too.
holiday-sale-11-11 = 11.11 sale
    .note = One of the biggest marketplace campaigns of the year and a key Christmas-gift shopping date.
holiday-bonifacio-day = Bonifacio Day
    .note = 30 November, regular holiday honouring Andrés Bonifacio; may be moved to the nearest Monday (27 November in 2023). Falls in the middle of Christmas shopping.
holiday-immaculate-conception = Feast of the Immaculate Conception
    .note = 8 December, special non-working day since 2018; many offices and banks close while malls stay open and busy with Christmas shoppers.
holiday-sale-12-12 = 12.12 sale
    .note = Last big campaign before Christmas; set delivery cut-offs so gifts arrive by 24 December.
holiday-christmas = Christmas
    .note = The most important holiday; the season runs from September to early January and 24 December is usually a special non-working day. Gifts, clothing, gadgets and home goods peak in November and December.
holiday-rizal-day = Rizal Day
    .note = 30 December; regular holiday honouring national hero José Rizal, part of the year-end break.
holiday-new-years-eve = Last Day of the Year
    .note = 31 December, special non-working day; combined with Rizal Day and New Year's Day, offices and couriers are closed for most of the week.

etiquette-salutation = Address buyers as "Sir" or "Ma'am", often with the first name ("Ma'am Joy", "Sir Mark"). In Filipino, add "po" to be polite ("Salamat po"); it is expected when writing to older buyers.
    .title = Salutation
etiquette-language = English is fully acceptable for business; many buyers write in Taglish (Tagalog mixed with English). Reply in English or simple Filipino, politely and warmly; avoid blunt refusals and offer an alternative instead.
    .title = Language
etiquette-reply-time = Messenger buyers expect replies within minutes to an hour in the daytime and often move on to another seller if left waiting. Use automated greetings and saved replies, and answer "HM?" (how much?) with the full price including shipping fee.
    .title = Reply time
etiquette-emoji = A friendly, upbeat tone with emoji is normal and helps build rapport; keep it lighter in complaints.
    .title = Emoji
etiquette-haggling = Buyers often ask "last price?" or for free shipping; decide your floor price in advance and answer politely. In live selling, "mine" in the comments claims an item, so confirm each claim and its payment quickly to avoid "joy reservers" who never pay.
    .title = Haggling
etiquette-payment = Cash on delivery is still the most trusted option; GCash and Maya e-wallets are common for prepaid orders, plus bank transfer and cards. For COD, confirm the order and the total before shipping to cut refusals.
    .title = Payment

taboo-nine-dash-line = Never use maps or globes that show China's nine-dash line in the South China Sea, on products, packaging or ads.
    .rationale = The Philippines calls these waters the West Philippine Sea and won an arbitral ruling against the claim in 2016; bookstores pulled Chinese-made globes with the line in 2013, and films showing it have faced calls for cuts or boycotts.
taboo-national-flag = Do not print the Philippine flag on merchandise, packaging or ads, or add words or logos to it.
    .rationale = The Flag and Heraldic Code (Republic Act 8491, Section 34) prohibits using the flag for trademarks, commercial labels or designs, on articles of merchandise and in advertisements.
taboo-religion = Do not mock religion or use religious images (saints, the Santo Niño, the crucifix) in jokes or casual designs.
    .rationale = About four in five Filipinos are Catholic, and Article 133 of the Revised Penal Code punishes offending religious feelings.
taboo-beckoning-finger = Do not show someone beckoning with a curled index finger; use the palm-down wave instead.
    .rationale = The gesture is used for calling animals and is considered insulting.

## Commerce facts

commerce-payments = GCash and cash on delivery are the most used, then Maya, cards, GrabPay and bank transfer; COD buyers expect a confirmation message before the parcel ships.
commerce-marketplaces = Shopee and Lazada lead, with TikTok Shop growing fast and Temu since 2023.
commerce-import = Imports worth PHP 10,000 or less are free of duty and VAT (de minimis under the Customs Modernization and Tariff Act); above that duty and 12% VAT are charged and the courier or PHLPost collects them, with handling fees. Some goods need import permits whatever the value.
commerce-delivery = From China 5-15 days, from the EU 10-25 days, 3-7 by express; PHLPost, LBC, J&T, Flash and marketplace logistics; islands outside Luzon take longer. Address: unit, building, street, barangay, city or municipality, province and the four-digit ZIP code.
commerce-returns = Philippine law gives no general right to return an online purchase for a change of mind (the 'no return, no exchange' sign is banned for defective goods); the Consumer Act and the Internet Transactions Act 2023 protect buyers of defective or misdescribed goods.
