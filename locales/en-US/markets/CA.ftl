market-name = Canada
market-summary = A polite, bilingual market close to the US in habits but not in identity. Buyers expect friendly, first-name service, prices in Canadian dollars and no surprise fees at the door. Serve Quebec in French. E-mail and website chat carry most service; Messenger and Instagram help with quick questions.
business-hours = Offices keep about 9:00–17:00, Monday to Friday, across six time zones. Toronto and Montreal are 12 hours behind Beijing in summer (13 in winter) and Vancouver 15 (16 in winter). Each province adds its own holidays, such as Family Day in February in several provinces, Saint-Jean-Baptiste Day (24 June) in Quebec and a civic holiday in early August in most provinces.

channel-email = The default channel for order confirmations, shipping and customs notices, returns and newsletters. Write in French to Quebec buyers who write in French.
channel-live-chat = Buyers expect a chat window with quick answers during Canadian business hours; state clearly which time zone your hours refer to.
channel-facebook-messenger = Widely used across age groups; good for quick pre-sale questions and order follow-ups from your Facebook page.
channel-instagram = Strong for fashion, beauty and home goods; buyers ask sizing and stock questions by direct message.

holiday-new-year = New Year's Day
    .note = National holiday; when it falls on a weekend most employers give the following Monday off.
holiday-good-friday = Good Friday
    .note = National holiday and a long weekend; in Quebec employers may give Easter Monday instead.
holiday-victoria-day = Victoria Day
    .note = The Monday before 25 May (in Quebec, National Patriots' Day); the unofficial start of summer with long-weekend sales. Not a paid holiday in the Atlantic provinces.
holiday-canada-day = Canada Day
    .note = 1 July, the national day; when it falls on a Sunday the holiday is 2 July. Red-and-white and maple leaf promotions are common.
holiday-labour-day = Labour Day
    .note = First Monday in September; offices close and back-to-school shopping peaks.
holiday-thanksgiving = Thanksgiving
    .note = Second Monday in October, not the US date. A family long weekend, statutory in most provinces but not in the Atlantic provinces.
holiday-black-friday = Black Friday
    .note = Canadian retailers follow the US date (the Friday after the fourth Thursday of November); now one of the biggest shopping days of the year.
holiday-cyber-monday = Cyber Monday
    .note = The Monday after Black Friday; the peak online sales day. Ship early: parcels need extra time for customs.
holiday-christmas = Christmas Day
    .note = Peak gifting season; publish Canada Post and courier cut-off dates early in December. Moved to a weekday when it falls on a weekend.
holiday-boxing-day = Boxing Day
    .note = 26 December, a statutory holiday in Ontario and for federally regulated workplaces, and the start of Boxing Week, Canada's traditional biggest clearance sales.

holiday-truth-reconciliation-day = National Day for Truth and Reconciliation
    .note = Federal holiday on 30 September since 2021 (federal offices, banks, and some provinces), honouring survivors of residential schools; orange shirts are worn. Not a day for promotions.
holiday-remembrance-day = Remembrance Day
    .note = Federal holiday on 11 November (a provincial holiday in most provinces, not in Ontario or Quebec); poppies and a minute of silence at 11:00. Keep marketing sober.

etiquette-salutation = Use first names in English ("Hi Emily"). In French, open with "Bonjour" and the buyer's name and use the formal "vous" until the buyer switches to "tu".
    .title = Salutation
etiquette-english-and-french = Reply in the buyer's language. Quebec law (Charter of the French Language) requires product labels, packaging, catalogues and websites aimed at Quebec consumers to be available in French. In English use Canadian spelling (colour, centre), metric units and prices in CAD.
    .title = English and French
etiquette-reply-time = Reply within one business day, Canadian time; answer chat and Messenger within a few hours.
    .title = Reply time
etiquette-polite-and-modest = Be courteous, modest and calm. Canadians value politeness and dislike aggressive selling; apologise for inconvenience, explain the fix and follow through.
    .title = Polite and modest
etiquette-casl-consent = Send marketing e-mails and texts only to buyers who agreed to receive them, identify your business and include an unsubscribe link. Canada's anti-spam law (CASL) allows penalties of up to CA$10 million per violation for businesses.
    .title = Consent to market (CASL)
etiquette-duties-and-fees = Say up front who pays duties, GST/HST and courier brokerage fees. Parcels from outside the US and Mexico worth more than CA$20 are taxed at the border, and surprise charges at the door are a top complaint. Accept cards, PayPal and, where possible, Interac debit or e-Transfer.
    .title = Duties and fees

taboo-remembrance-poppy = Do not put the remembrance poppy on products, packaging or promotions.
    .rationale = The Royal Canadian Legion holds it as a protected trademark for remembrance and refuses commercial use without permission.
taboo-indigenous-headdress = Do not sell or show Indigenous headdresses as costumes or fashion accessories.
    .rationale = They are sacred items earned through honour; retailers have withdrawn such products after complaints and festivals such as Osheaga have banned them.
taboo-treating-canada-as-us = Do not treat Canada as part of the US or Canadians as Americans.
    .rationale = Canadians are proud of a separate identity; since the 2025 trade dispute many deliberately prefer Canadian-made goods and react badly to US-centric messaging.
taboo-english-only-in-quebec = Do not sell into Quebec with English-only labels, packaging or advertising.
    .rationale = It breaches the Charter of the French Language and can bring complaints and fines from the Office québécois de la langue française.

## Commerce facts

commerce-payments = Credit cards are the main online payment, with PayPal and Interac (debit, and e-Transfer between banks) next, and Apple Pay and Google Pay growing. Show prices in Canadian dollars.
commerce-marketplaces = Amazon.ca leads, then Walmart.ca, eBay, Temu, SHEIN and Etsy.
commerce-import = Parcels from outside the US and Mexico are free of duty and tax only up to CAD 20. Above that GST/HST (5-15% by province) and any duty apply; Canada Post charges a handling fee and couriers a brokerage fee, both collected from the buyer on delivery. Under CUSMA, parcels from the US or Mexico are tax-free to CAD 40 and duty-free to CAD 150. Non-resident sellers registered for GST/HST can charge it at checkout.
commerce-delivery = From China about 8-25 days by post or cross-border line, from the EU 6-15 days, 3-6 by express; Canada Post, Purolator, UPS and FedEx deliver. Address: name, number and street, unit, city, two-letter province and postcode (OTTAWA ON  K1A 0B1); in Quebec, addresses are in French.
commerce-returns = No federal or general provincial right lets a buyer return an online purchase for any reason; provincial laws allow cancelling a distance contract when required information was missing or delivery is late (for example within 30 days of a late delivery in Ontario and Quebec). Otherwise the shop's policy applies.
