market-name = South Africa
market-summary = Africa's most developed e-commerce market, led by Takealot, Amazon.co.za and retailer sites. Buyers are friendly and informal but demanding about delivery times, returns and honest pricing in rand including 15% VAT. WhatsApp is the everyday channel; e-mail holds the formal record.
business-hours = Offices work Monday to Friday, about 8:00–17:00; shops open on weekends. A public holiday that falls on a Sunday moves to Monday, and elections are public holidays too. Power cuts (load-shedding) have at times disrupted business hours.

channel-whatsapp = Used by nearly every online adult; the preferred channel for questions, order updates and delivery coordination.
channel-email = Expected for order confirmations, invoices, returns and formal complaints.
channel-facebook-messenger = Facebook is widely used, especially outside the big cities; good for page enquiries and community marketing.
channel-instagram = Strong for fashion, beauty and lifestyle; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day
    .note = 1 January; moved to Monday if it falls on a Sunday. January is a tight month for spending after the festive season.
holiday-easter = Easter weekend (Good Friday to Family Day)
    .note = Good Friday and Family Day (Easter Monday) are public holidays; a four-day weekend.
holiday-freedom-day = Freedom Day
    .note = 27 April, marks the first democratic election in 1994; often part of a long weekend with Workers' Day.
holiday-workers-day = Workers' Day
    .note = 1 May, public holiday.
holiday-youth-day = Youth Day
    .note = 16 June, remembers the 1976 Soweto student uprising; keep any campaign respectful.
holiday-heritage-day = Heritage Day
    .note = 24 September, celebrates cultural diversity; popularly called Braai Day, so braai (barbecue) and outdoor promotions fit.
holiday-black-friday = Black Friday
    .note = The biggest online sale of the year in South Africa; retailers start deals weeks earlier and delivery networks are overloaded.
holiday-cyber-monday = Cyber Monday
    .note = Monday after Black Friday; major online retailers run dedicated deals.
holiday-reconciliation-day = Day of Reconciliation
    .note = 16 December, public holiday at the start of the summer festive season, when many businesses close until early January.
holiday-christmas = Christmas Day and Day of Goodwill
    .note = 25–26 December; peak gifting season in mid-summer; publish courier cut-off dates early.

holiday-good-friday = Good Friday
    .note = Public holiday; most shops and offices are closed.
holiday-family-day = Family Day (Easter Monday)
    .note = Public holiday; offices are closed.

holiday-human-rights-day = Human Rights Day
    .note = Public holiday on 21 March (the Sharpeville massacre of 1960); a day of remembrance, keep marketing sober.
holiday-election-day = Election day
    .note = A public holiday proclaimed for a national or local election (29 May 2024); announced months ahead.
holiday-womens-day = National Women's Day
    .note = Public holiday on 9 August (the women's march of 1956); August is Women's Month, with women-focused campaigns.

etiquette-salutation = First names are normal ("Hi Thabo"); use "Mr" or "Ms" plus surname only if the buyer writes formally, and mirror their style.
    .title = Salutation
etiquette-just-now = Be precise about time: in South African English "just now" means later, and "now now" means soon. Give concrete dates and times for delivery.
    .title = Time expressions
etiquette-payment = Cards and instant EFT (for example Ozow) are standard; buy-now-pay-later (Payflex, PayJustNow) is popular; cash on delivery is rare. Show the price in rand including VAT, plus import duties if any.
    .title = Payment
etiquette-reply-time = Answer within one business day by e-mail and within a few hours on WhatsApp; keep buyers updated if the courier is delayed.
    .title = Reply time
etiquette-popia = Send marketing messages only to buyers who opted in, and include an opt-out; POPIA and the Consumer Protection Act regulate direct marketing.
    .title = Privacy and consent
etiquette-language = Write in English; South Africa has twelve official languages, and a greeting in the buyer's language (for example "Sawubona" in isiZulu) is appreciated but not expected.
    .title = Language

taboo-old-flag = Never use the old orange-white-blue South African flag (1928–1994) on products or in marketing.
    .rationale = Courts ruled in 2019 and 2023 that its gratuitous public display is hate speech, unfair discrimination and harassment.
taboo-racial-slurs = Never use racial slurs, especially the k-word, even in translation or as a product name.
    .rationale = They are hate speech; people have been convicted and jailed for using the k-word.
taboo-racial-stereotypes = Avoid images or claims that present any race, skin or hair type as inferior.
    .rationale = A 2020 shampoo ad that described Black hair as "dry and damaged" led to protests, store closures and a boycott.
taboo-skin-lightening = Do not sell skin lighteners with hydroquinone or mercury, and avoid "whitening" claims.
    .rationale = These ingredients are banned in cosmetics, and marketing lighter skin as better is widely criticised as colourism.

## Commerce facts

commerce-payments = Cards are the main online payment, followed by instant EFT (pay-by-bank, such as Ozow), ordinary EFT and wallets; buy now, pay later (Payflex) is growing. Cash on delivery is rare.
commerce-marketplaces = Takealot is the largest marketplace; Amazon.co.za opened in 2024, and Temu and SHEIN are large cross-border sellers.
commerce-import = Low-value parcels pay a flat customs rate plus 15% VAT; from September 2024 the flat rate for courier parcels worth R500 or less was raised so that cheap imports from platforms pay more. Rates are not confirmed here: check SARS before quoting. The carrier collects before delivery.
commerce-delivery = From China 10-30 days, from the EU 7-20 days, 4-8 by express; the Post Office has been unreliable, so couriers and pickup points (Pargo, PAXI) are preferred. Address: street number and name, suburb, city and four-digit postcode.
commerce-returns = The ECT Act (s. 44) gives buyers of goods bought online a 7-day cooling-off period from receipt, without a reason; the Consumer Protection Act also gives a 5-business-day cooling-off right for direct marketing and a 6-month right to return defective goods.
