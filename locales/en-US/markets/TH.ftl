market-name = Thailand
market-summary = A chat-commerce market: buyers ask questions on LINE, Facebook and marketplace chat before buying, expect quick and friendly answers, and often pay by bank transfer or cash on delivery. Write polite Thai with the right ending particles, stay calm and smiling in disputes, and treat the monarchy and Buddhism with great respect.
business-hours = Offices usually work 8:30–17:30 on weekdays with lunch from 12:00 to 13:00. When a public holiday falls on a weekend, the next working day is a substitute holiday, and the government sometimes adds bridge days. Songkran (13–15 April) and the New Year period are the long breaks; many Buddhist and royal days (Makha Bucha, Chakri Day, Coronation Day, Asahna Bucha, the King's and Queen's birthdays, Chulalongkorn Day, Constitution Day) also close offices and banks.

channel-line = The leading messaging app; a LINE Official Account is expected for order questions, payment slips, shipping updates and promotions.
channel-facebook-messenger = Facebook pages and live selling are a huge sales channel ("F-commerce"); buyers comment "CF" to confirm or send an inbox message, so answer quickly.
channel-marketplace-chat = Shopee, Lazada and TikTok Shop chat carry most marketplace questions; response rate and speed affect shop ratings.
channel-tiktok = Short videos and live selling on TikTok Shop drive discovery and impulse buying; reply to comments during and after lives.

holiday-new-year = New Year's Day
    .note = Together with New Year's Eve and often a bridge day, a break of several days; the year-end gift season peaks in December.
holiday-chinese-new-year = Chinese New Year (Trut Chin)
    .note = Not a national holiday, but widely celebrated by Thai-Chinese families: red clothes, gold and offering food sell well, and Chinese-owned shops and wholesalers may close for a few days.
holiday-makha-bucha = Makha Bucha
    .note = Buddhist holy day on the full moon of the third lunar month (February or March). Offices and banks close, alcohol sales are banned, and many people go to the temple; keep promotions low-key. A weekend date gives the next working day off.
holiday-chakri-day = Chakri Memorial Day
    .note = 6 April, founding of the reigning Chakri dynasty. Offices and banks close; it often links with Songkran into a long break.
holiday-songkran = Songkran (Thai New Year)
    .note = 13–15 April, the biggest holiday: people travel home, couriers slow down and many shops close. If any of the three days falls on a weekend there is one substitute day, and the government often adds bridge days. Water-fight and summer products sell before it.
holiday-labour-day = National Labour Day
    .note = 1 May, a day off for the private sector and banks (government offices work); the next working day is off when it falls on a weekend.
holiday-coronation-day = Coronation Day
    .note = 4 May, anniversary of King Vajiralongkorn's coronation; offices and banks close.
holiday-visakha-bucha = Visakha Bucha
    .note = The most important Buddhist holy day (full moon of the sixth lunar month, seventh in years with an extra month). Alcohol sales are banned on the major Buddhist holy days (since 2025 with exceptions for hotels, airports and licensed venues); keep promotions low-key.
holiday-queen-suthida-birthday = Queen Suthida's Birthday
    .note = 3 June, public holiday; offices and banks close.
holiday-asahna-bucha = Asahna Bucha
    .note = Buddhist holy day on the full moon of the eighth lunar month (July or August), commemorating the Buddha's first sermon. Offices and banks close and alcohol sales are banned; with Khao Phansa the next day, government offices get two days off in a row.
holiday-khao-phansa = Khao Phansa (start of Buddhist Lent)
    .note = The day after Asahna Bucha: government offices close, while banks and most companies work. Alcohol sales are banned; many people give up alcohol for the three months of Lent, so avoid drinks promotions.
holiday-king-birthday = King Vajiralongkorn's Birthday
    .note = 28 July, public holiday; offices and banks close. Do not use royal images or the occasion in advertising.
holiday-mothers-day = Mother's Day (Queen Sirikit's birthday)
    .note = 12 August, a public holiday; jasmine flowers, gifts for mothers and family meals are popular.
holiday-king-bhumibol-memorial-day = King Bhumibol Memorial Day
    .note = 13 October, anniversary of the death of King Rama IX; a day of remembrance, so keep marketing subdued.
holiday-chulalongkorn-day = Chulalongkorn Day
    .note = 23 October, honouring King Rama V; offices and banks close.
holiday-double-eleven = 11.11 mega sale
    .note = The largest of the monthly double-date sales on Shopee, Lazada and TikTok Shop (9.9, 10.10, 11.11, 12.12); deals go live at midnight and are teased for days before. Marketplaces also run "payday" sales around the 25th of each month.
holiday-fathers-day = National Day and Father's Day (King Bhumibol's birthday)
    .note = 5 December, a public holiday; gifts for fathers sell in the week before.
holiday-constitution-day = Constitution Day
    .note = 10 December, public holiday; offices and banks close, and the year-end shopping season is in full swing.
holiday-double-twelve = 12.12 year-end sale
    .note = The last big marketplace sale of the year and the start of New Year gift shopping.
holiday-new-years-eve = New Year's Eve
    .note = 31 December is a public holiday; offices close from then until after 1 January, often longer with bridge days.

holiday-bridge-holiday = Special holiday (bridge day)
    .note = A one-off public holiday the Cabinet declares, usually a few months ahead, to join a holiday to a weekend; government offices and banks close, and many companies follow.

etiquette-salutation = Address buyers by "Khun" plus their first name (for example "Khun Somchai"); Thais rarely use surnames, even in formal messages.
    .title = Salutation
etiquette-polite-particles = End sentences with the polite particle: "krub" (ครับ) if the writer is male, "ka" (ค่ะ/คะ) if female; many shop accounts write "ka". Messages without particles sound curt.
    .title = Polite particles
etiquette-jai-yen = Keep a cool heart (jai yen): stay calm and friendly, never blame the buyer or raise your tone, and offer a solution that lets everyone save face. Open anger ends the relationship.
    .title = Stay calm
etiquette-payment = Bank transfer and PromptPay QR payments are common: buyers send a screenshot of the transfer slip, so check it against your account before shipping. Cash on delivery is still widely used; TrueMoney and cards are also common.
    .title = Payment
etiquette-emoji = Emoji and LINE stickers are welcome in chat. "555" means laughter (five is "ha" in Thai); do not read it as a number.
    .title = Emoji and "555"

taboo-royal-family = Never use the King, the Queen or other members of the royal family, their portraits or royal symbols in marketing, jokes or comments.
    .rationale = Section 112 of the Criminal Code (lèse-majesté) punishes defaming or insulting the monarchy with 3 to 15 years in prison per count, and Thais hold the monarchy in deep respect.
taboo-buddha-imagery = Do not use Buddha images as decoration, on products (doormats, shoes, swimwear, tattoos-style prints) or in playful ads.
    .rationale = Buddha images are sacred objects of worship; using them as decoration offends, and their export from Thailand needs a Fine Arts Department permit.
taboo-feet = Do not show feet pointing at people, feet resting on tables or near heads, sacred objects or royal images.
    .rationale = The feet are the lowest and least clean part of the body; pointing them at someone is insulting. The head is the most respected part.
taboo-red-ink-names = Avoid writing a person's name in red.
    .rationale = Names of the dead are traditionally written in red, so it suggests death.

## Commerce facts

commerce-payments = PromptPay QR and mobile banking transfers are the most used, followed by cards, cash on delivery (still common on marketplaces), TrueMoney and ShopeePay.
commerce-marketplaces = Shopee, Lazada and TikTok Shop dominate; Temu entered in 2024.
commerce-import = Since July 2024 every imported parcel pays 7% VAT, however small; customs duty is still waived for parcels up to THB 1,500. Thailand Post or the courier collects before delivery; the government has worked on having platforms collect VAT at checkout.
commerce-delivery = From China 4-10 days, from the EU 8-18 days, 3-5 by express; Thailand Post, Flash, Kerry, J&T and marketplace logistics. Address: house number, village or building, soi (lane), road, sub-district, district, province and the five-digit postcode.
commerce-returns = Thai law gives no general right to return an online purchase for a change of mind; the shop's or platform's policy applies. Registered direct-marketing sellers must honour a 7-day return right under the Direct Sales and Direct Marketing Act; check whether it covers the seller.
