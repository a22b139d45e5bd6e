market-name = United Kingdom
market-summary = A mature, fast-moving online market where buyers compare prices, read reviews and expect clear delivery dates, prices that include VAT and easy returns. Keep the tone friendly but polite, in British English. E-mail and marketplace messages carry orders and claims; WhatsApp and Instagram handle quick questions.
business-hours = Offices work Monday to Friday, roughly 9:00–17:30 UK time (GMT in winter, BST in summer). Expect slow or no replies on bank holidays and between Christmas Eve and 2 January. Scotland and Northern Ireland have some extra bank holidays (2 January and St Andrew's Day in Scotland; St Patrick's Day and 12 July in Northern Ireland).

channel-email = The record for orders, invoices, returns and complaints. Use a clear subject with the order number and a full signature with your business name and address.
channel-marketplace-chat = Marketplace buyer–seller messages (Amazon, eBay, Etsy, TikTok Shop) are where most cross-border questions arrive; marketplaces track your response time, so answer within 24 hours, weekends included.
channel-whatsapp = The most used messaging app in the UK. Offer WhatsApp Business for quick pre-sale questions and delivery updates, and only message buyers who opted in.
channel-instagram = Strong for fashion, beauty and home goods; buyers send pre-sale questions by direct message and expect a reply the same day.

holiday-new-year = New Year's Day
    .note = Bank holiday across the UK (Scotland also has 2 January); moved to the Monday when it falls on a weekend. January sales continue from Boxing Day.
holiday-valentines-day = Valentine's Day
    .note = 14 February; a strong gift date for flowers, chocolate, jewellery and cards. Not a bank holiday. Promote from late January and state the last order date for delivery by the 14th.
holiday-mothering-sunday = Mothering Sunday (Mother's Day)
    .note = The fourth Sunday of Lent, three weeks before Easter, usually in March. Do not use the US date in May: British buyers will notice. A major gift occasion for flowers, beauty and jewellery.
holiday-good-friday = Good Friday
    .note = Bank holiday across the UK and the start of the Easter weekend; many people take the following week off, so replies and deliveries slow down.
holiday-easter-monday = Easter Monday
    .note = Bank holiday in England, Wales and Northern Ireland, but not in Scotland.
holiday-early-may-bank-holiday = Early May bank holiday
    .note = First Monday of May. The government occasionally moves it for national events (to Friday 8 May in 2020 for VE Day), so check gov.uk each year.
holiday-spring-bank-holiday = Spring bank holiday
    .note = Last Monday of May; moved in royal jubilee years. Often combined with school half-term, so many families are away that week.
holiday-fathers-day = Father's Day
    .note = Third Sunday in June, as in the US; a gift date for gadgets, drinks, grooming and personalised gifts. Not a bank holiday.
holiday-summer-bank-holiday = Summer bank holiday
    .note = Last Monday of August in England, Wales and Northern Ireland; in Scotland it is the first Monday of August.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; UK retailers often run offers for the whole week or longer. Plan stock and courier capacity, as this is the start of the Christmas peak.
holiday-christmas-day = Christmas Day
    .note = The main gift season runs from late November. Publish your last order dates for delivery before Christmas early. When 25 December falls on a weekend, the bank holiday moves to the next working day.
holiday-boxing-day = Boxing Day
    .note = 26 December, a bank holiday and one of the biggest sale days of the year (Boxing Day sales often start online on Christmas Day). When it falls on a weekend, the bank holiday moves to the next working day.

etiquette-salutation = Open with "Hi" or "Hello" and the buyer's first name; mirror the buyer if they write "Dear Ms Smith". Sign off with "Kind regards" and your name.
    .title = Salutation
etiquette-polite-understatement = British buyers are polite and indirect: "a bit disappointed" can mean very unhappy. Say please, thank you and sorry, acknowledge the problem before explaining, and avoid pushy sales language or big promises.
    .title = Polite understatement
etiquette-reply-time = Reply within 24 hours, including weekends on marketplaces. If a full answer needs time, send a short holding reply with a date.
    .title = Reply time
etiquette-british-english = Use British spelling and formats: colour, organise, £ with two decimals, dates as day/month/year, UK clothing and shoe sizes, and UK plugs (type G) for electrical goods.
    .title = British English and formats
etiquette-prices-and-returns = Show prices including VAT and the full delivery cost before checkout; on orders up to £135 the VAT is collected at the point of sale. Buyers pay by card, PayPal, Apple Pay or Google Pay, or Klarna. Online buyers may cancel within 14 days of delivery, so state your returns process plainly.
    .title = Prices, payment and returns
etiquette-emoji = A smiley in a chat is fine once the buyer uses one; keep e-mails, refunds and complaints emoji-free.
    .title = Emoji

taboo-v-sign = Do not show a V-sign made with the back of the hand facing the viewer.
    .rationale = In the UK this version of the two-finger sign is an obscene insult; the palm-outward V for victory or peace is fine.
taboo-england-for-uk = Do not call the whole UK "England" or all Britons "English".
    .rationale = Scots, Welsh and Northern Irish buyers find it careless or offensive; say UK or Britain, or the buyer's own nation.
taboo-remembrance-poppy = Do not sell or advertise with the red remembrance poppy.
    .rationale = The poppy is a registered trade mark of the Royal British Legion (Poppyscotland in Scotland); unlicensed poppy goods are seized as counterfeits, and using it to sell is seen as exploiting the war dead.
taboo-single-use-vapes = Do not sell disposable (single-use) vapes to UK buyers.
    .rationale = Their sale, online or in shops, has been illegal across the UK since 1 June 2025, with or without nicotine.
taboo-knives-age-check = Be careful with knives and bladed items.
    .rationale = They may not be sold to under-18s; online sales need age checks at purchase and on delivery, couriers may refuse to take bladed items from overseas sellers to home addresses, and some types (such as zombie knives) are banned outright.

## Commerce facts

commerce-payments = Cards (mostly debit) are the main online payment, then PayPal, Apple Pay and Google Pay; Klarna and Clearpay are common. Amounts in pounds including VAT are expected.
commerce-marketplaces = Amazon and eBay lead; Temu and SHEIN are large cross-border sellers, Vinted for second-hand, Etsy for handmade, and TikTok Shop has grown since 2021.
commerce-import = For consignments of GBP 135 or less the seller or marketplace must charge UK VAT (20%) at checkout and no duty is due; above GBP 135 the carrier collects import VAT, duty and a handling fee from the buyer before delivery, unless shipped duties paid. The government announced in late 2025 that it plans to end the GBP 135 customs duty relief (by 2029 at the latest); check the current rules. Goods from the EU pay duty too unless they meet the UK-EU rules of origin.
commerce-delivery = From China about 7-20 days by post or cross-border line, from the EU 3-10 days (customs applies since 2021), 3-6 by express; Royal Mail, Evri, DPD, DHL and lockers. Address: name, number and street, town, then the postcode on its own line (SW1A 1AA).
commerce-returns = Consumers may cancel an online purchase within 14 days of receiving the goods without giving a reason, and must be refunded within 14 days of returning them; if the seller did not give the cancellation information, the period extends by up to 12 months.
