market-name = United States
market-summary = A large, informal market where buyers expect fast, friendly service, clear delivery dates and easy returns. Use first names and get to the point. E-mail and website chat carry most service, text messages are used for shipping alerts, and Instagram and TikTok drive discovery. A large Spanish-speaking minority welcomes service in Spanish.
business-hours = Offices keep about 9:00–17:00, Monday to Friday, across six time zones. New York is 12 hours behind Beijing in summer (13 in winter) and Los Angeles 15 (16 in winter), so late evening in China is morning on the East Coast. On the other federal holidays (Martin Luther King Jr. Day, Presidents' Day, Columbus Day, Veterans Day) most shops stay open, but banks and the US Postal Service close.

channel-email = The default channel for order confirmations, shipping notices, returns and newsletters. Use a clear subject line and keep the body short.
channel-live-chat = Buyers expect a chat window on the store with an answer in minutes during US business hours, and an honest note when no one is online.
channel-sms = Widely used for order and delivery alerts. Marketing texts need the buyer's prior written consent and must honour STOP replies.
channel-instagram = A main discovery channel for fashion, beauty and home goods; answer direct messages the same day.

holiday-new-year = New Year's Day
    .note = Federal holiday; when it falls on a Saturday the federal day off is the Friday before, on a Sunday the Monday after.
holiday-mlk-day = Martin Luther King Jr. Day
    .note = Federal holiday on the third Monday in January. Banks, government offices and the Postal Service close; most shops stay open. Not a sales occasion: keep any messaging respectful.
holiday-valentines-day = Valentine's Day
    .note = 14 February; a major gift date for flowers, chocolate, jewellery, lingerie and personalised gifts. Not a day off. Promote from mid-January and state the order cut-off for delivery by the 14th.
holiday-presidents-day = Presidents' Day (Washington's Birthday)
    .note = Federal holiday on the third Monday in February, officially "Washington's Birthday". Banks, government offices and the Postal Service close; retailers run long-weekend sales, especially on mattresses, furniture and appliances.
holiday-mothers-day = Mother's Day
    .note = Second Sunday in May; one of the biggest gifting days for flowers, jewellery, beauty and personalised gifts. Allow for shipping time.
holiday-memorial-day = Memorial Day
    .note = Last Monday in May; most offices close and retailers run long-weekend sales that open the summer season.
holiday-juneteenth = Juneteenth
    .note = Federal holiday on 19 June since 2021. Banks, government offices and the Postal Service close; many private employers stay open. Not a sales occasion.
holiday-fathers-day = Father's Day
    .note = Third Sunday in June; a gift date for tools, grills, gadgets, clothing and personalised gifts. Promote in the three weeks before and allow for shipping time.
holiday-independence-day = Independence Day
    .note = 4 July; most businesses close and summer sales peak around it. Moved to the nearest weekday when it falls on a weekend.
holiday-labor-day = Labor Day
    .note = First Monday in September; offices close and retailers run end-of-summer and back-to-school sales.
holiday-columbus-day = Columbus Day / Indigenous Peoples' Day
    .note = Federal holiday on the second Monday in October. Banks, government offices and the Postal Service close; most shops stay open. Many states and cities mark it as Indigenous Peoples' Day, so avoid Columbus-themed promotions.
holiday-halloween = Halloween
    .note = 31 October; a big retail event for costumes, decorations, candy and party goods. Not a day off. Sales build from early September, so stock must arrive by then.
holiday-veterans-day = Veterans Day
    .note = 11 November, a federal holiday; moved to the Friday before or the Monday after when it falls on a weekend. Banks, government offices and the Postal Service close; most shops stay open and run sales.
holiday-thanksgiving = Thanksgiving
    .note = Fourth Thursday in November; almost everyone is off and travelling. It starts the holiday shopping season.
holiday-black-friday = Black Friday
    .note = The day after Thanksgiving and the biggest shopping day of the year; many offices also close. Deals now start early in November.
holiday-cyber-monday = Cyber Monday
    .note = The Monday after Thanksgiving, the biggest online sales day; prepare stock, ad budget and customer service staffing.
holiday-christmas = Christmas Day
    .note = The peak gifting season; publish shipping cut-off dates early in December. Most businesses close; moved to the nearest weekday when it falls on a weekend. The President sometimes also gives federal staff Christmas Eve off by executive order, announced only weeks ahead.

etiquette-salutation = Address buyers by first name ("Hi Jessica") and mirror their opening: answer "Dear" with "Dear" and "Hi" with "Hi". Thank first-time buyers for their inquiry.
    .title = Salutation
etiquette-reply-time = Reply within 24 hours, and within minutes on chat during US hours. Say when a full answer will follow if you need to check something.
    .title = Reply time
etiquette-solution-first = Be friendly, brief and solution-focused: acknowledge the problem, then offer a concrete fix (replacement, refund or tracking update). Long explanations or blaming the carrier read as excuses.
    .title = Solution first
etiquette-payment = Accept credit and debit cards, PayPal, Apple Pay and Google Pay; buy-now-pay-later (Klarna, Afterpay, Affirm) lifts conversion. Prices are shown without sales tax, which is added at checkout and varies by state.
    .title = Payment
etiquette-duties-and-tax = Since 29 August 2025 the United States no longer lets low-value parcels in duty-free (the former US$800 de minimis). Say clearly whether your price includes import duties; unexpected charges lead to refused parcels and bad reviews. Check current rules, which change often.
    .title = Duties and import charges
etiquette-consent-to-market = Send marketing texts only with the buyer's prior written consent and stop at once when they reply STOP. Marketing e-mails need a working unsubscribe link and your postal address (CAN-SPAM Act).
    .title = Consent to market
etiquette-emoji = Emoji are fine in chat, text messages and social media; use them sparingly in e-mail and never in complaint replies.
    .title = Emoji

taboo-politics-and-religion = Keep partisan politics and religion out of marketing and service messages.
    .rationale = Both are sharply divisive in the US; taking a side can alienate half of your buyers and trigger boycotts.
taboo-hate-symbols = Do not sell or show the Confederate battle flag, Nazi symbols or other hate imagery.
    .rationale = They are widely seen as racist; Amazon, eBay and Walmart removed Confederate flag merchandise in 2015.
taboo-unsubstantiated-claims = Do not claim "Made in USA", "FDA approved" or that a product cures or treats a disease unless it is true and provable.
    .rationale = The FTC enforces truth-in-advertising rules: "Made in USA" must mean all or virtually all made in the US, and health claims need scientific evidence.
taboo-tragedy-marketing = Never use 9/11 or other national tragedies as a hook for sales.
    .rationale = Brands that did so have faced public backlash and had to apologise.
taboo-number-13 = Be aware that some buyers consider 13 unlucky.
    .rationale = Many buildings skip a 13th floor; the superstition is mild, so this matters mainly for product naming and gift sets.
quiet-hours = Marketing calls and texts may not reach a buyer before 8:00 or after 21:00 at the buyer's local time (TCPA rule, 47 CFR 64.1200(c)(1)); with buyers in seven time zones, schedule by the buyer's zone, not yours.

## Commerce facts

commerce-payments = Credit and debit cards are the default, with PayPal, Apple Pay and Google Pay close behind; buy now, pay later (Affirm, Klarna, Afterpay) is common for larger baskets. Sales tax is added at checkout by state; marketplaces collect it for their sellers.
commerce-marketplaces = Amazon is by far the largest marketplace, then Walmart and eBay; Temu and SHEIN are large cross-border sellers, Etsy for handmade and TikTok Shop since 2023.
commerce-import = The USD 800 duty-free de minimis ended for all countries on 29 August 2025 (executive order of 30 July 2025; for China and Hong Kong already from 2 May 2025): every parcel is dutiable, at the tariff rate plus the additional IEEPA tariffs for its origin, and postal items could pay a flat duty per item instead. The buyer pays the carrier before delivery unless the seller ships duties paid (DDP); postal services of several countries suspended US parcels for a while. The legal basis of the IEEPA tariffs was before the Supreme Court; check current rates before promising a price.
commerce-delivery = From China about 8-25 days by post or cross-border line since the end of de minimis, from the EU 6-15 days, 3-6 by express; USPS, UPS, FedEx and Amazon Logistics deliver. Address: name, number and street, apartment or suite, then city, two-letter state and ZIP code (New York, NY 10001).
commerce-returns = There is no general federal right to return an online purchase: the FTC cooling-off rule covers only door-to-door and similar sales. Returns follow the shop's stated policy (30 days is customary, and marketplaces set their own rules); a few states require the policy to be posted or else allow returns.
