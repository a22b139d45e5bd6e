market-name = France
market-summary = A large market where buyers expect to be addressed properly, in correct French, and where the law shapes selling closely: everything about the product must be in French, sales (soldes) happen only in two official periods, and consumer rights are well known. Be courteous, precise and patient; e-mail and marketplace messages carry orders and claims.
business-hours = Offices work Monday to Friday, about 9:00–18:00, and many pause for lunch between 12:00 and 14:00. France has 11 public holidays, all listed here; Alsace and Moselle also have Good Friday and 26 December. Holidays are not moved when they fall on a weekend, and in May many people bridge long weekends. Much of France is on holiday in August.

channel-email = The main channel for orders, invoices, returns and complaints. Write a full, polite message in French with the order number in the subject.
channel-marketplace-chat = Marketplace messages (Amazon.fr, Cdiscount, Fnac, Vinted, Leboncoin) are where most cross-border questions arrive; reply in French within 24 hours.
channel-whatsapp = The most used messaging app in France. Good for quick pre-sale questions and delivery updates with buyers who contacted you first.
channel-instagram = Key for fashion, beauty, home and food; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day (Jour de l'An)
    .note = Public holiday. Shops reopen on 2 January; the winter sales follow a week or two later.
holiday-winter-sales = Winter sales (Soldes d'hiver)
    .note = Four weeks set by the Commercial Code: from the second Wednesday of January at 8:00, or the first Wednesday when the second falls after the 12th. Online shops follow the national dates. A few border and overseas departments have other dates, and the government can change them: check economie.gouv.fr each year.
holiday-easter-monday = Easter Monday (Lundi de Pâques)
    .note = Public holiday; chocolate and Easter gifts sell in the two weeks before.
holiday-labour-day = Labour Day (Fête du Travail)
    .note = 1 May, the only holiday on which almost all work legally stops. People give each other lily of the valley (muguet) for luck.
holiday-ascension-day = Ascension Day (Ascension)
    .note = Thursday, 39 days after Easter; many people take the Friday off (faire le pont), so expect slow replies until the following Monday.
holiday-summer-sales = Summer sales (Soldes d'été)
    .note = Four weeks from the last Wednesday of June at 8:00, or the second-to-last Wednesday when the last falls after the 28th. Online shops follow the national dates; check economie.gouv.fr for any change.
holiday-bastille-day = National Day (Fête nationale, 14 juillet)
    .note = 14 July; the start of the main summer holiday period.
holiday-assumption-day = Assumption Day (Assomption)
    .note = 15 August, in the middle of the peak holiday weeks; many small businesses close for two or three weeks around it.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; widely adopted by French retailers. Call the offers "promotions" or "Black Friday", never "soldes", which is reserved for the legal sales periods.
holiday-christmas-day = Christmas Day (Noël)
    .note = The main gift season; 24 December evening is the family celebration. State the last order date for delivery before Christmas.

holiday-victory-day = Victory in Europe Day (Victoire 1945)
    .note = Public holiday on 8 May. With 1 May and Ascension it makes May a month of long weekends and bridged days (ponts).
holiday-whit-monday = Whit Monday (Lundi de Pentecôte)
    .note = Public holiday, but also the usual "solidarity day" (journée de solidarité), so some employers work it; expect slow replies.
holiday-all-saints = All Saints' Day (Toussaint)
    .note = Public holiday on 1 November, during the autumn school holidays; families visit graves (chrysanthemums), not a day for festive marketing.
holiday-armistice-day = Armistice Day (Armistice 1918)
    .note = Public holiday on 11 November, a day of remembrance; keep marketing sober.

etiquette-salutation = Open with "Bonjour Madame Dupont" or "Bonjour Monsieur Dupont" (or "Madame," / "Monsieur," in a formal letter). Never open with the first name alone unless the buyer does. Close with "Cordialement" or "Bien cordialement".
    .title = Salutation
etiquette-vouvoiement = Always use "vous" with buyers. "Tu" is for friends and some youth-oriented brands, and from a seller it reads as disrespectful.
    .title = Formal "vous"
etiquette-french-only = Write to buyers in French, and have product pages, manuals, warranties and invoices in French: for consumers in France this is required by the Toubon Law, and English-only listings lose trust and sales.
    .title = French, always
etiquette-courtesy-formulas = Every message starts with a greeting and ends with a polite closing; skipping them reads as rude. French buyers appreciate clear, well-argued explanations and may contest an answer firmly: reply calmly with facts and the solution.
    .title = Courtesy formulas
etiquette-reply-time = Reply within one working day. A short acknowledgment with a date for the full answer is better than silence.
    .title = Reply time
etiquette-payment-methods = Most buyers pay with a bank card (the Carte Bancaire network, co-branded Visa or Mastercard) or PayPal; paying in three or four instalments (paiement en 3 ou 4 fois) is popular for larger baskets. Buyers have 14 days to withdraw from an online purchase.
    .title = Payment
etiquette-lunch-and-august = Do not expect answers between 12:00 and 14:00 or in the evening and at weekends. In August many businesses and buyers are on holiday: plan campaigns and stock before mid-July.
    .title = Lunch and August

taboo-chrysanthemums = Do not use chrysanthemums as gifts or decoration in promotions.
    .rationale = In France chrysanthemums are the flowers placed on graves for All Saints' Day and funerals.
taboo-ok-gesture = Be careful with the thumb-and-finger "OK" sign in images.
    .rationale = In France it commonly means "zero" or "worthless", not "good".
taboo-soldes-outside-periods = Do not use the word "soldes" outside the two legal sales periods.
    .rationale = The Commercial Code reserves it for the official winter and summer sales; misuse is an offence punished by fines. Use "promotion", "offre" or "réduction" instead.
taboo-english-only-text = Do not sell with English-only product texts, labels, instructions or ads.
    .rationale = The Toubon Law of 1994 makes French mandatory for the description, instructions, warranty terms and advertising of goods sold to consumers in France.
taboo-alcohol-lifestyle-ads = Do not advertise alcohol with lifestyle, party, sport or success imagery.
    .rationale = The Évin Law limits alcohol advertising to factual information about the product and requires a health warning.

## Commerce facts

commerce-payments = French buyers pay mostly by card, usually a Carte Bancaire co-branded with Visa or Mastercard and confirmed with 3-D Secure; PayPal and Apple Pay follow, and paying in three or four instalments (Oney, Alma, Klarna) is common for larger baskets.
commerce-marketplaces = Amazon leads, then Cdiscount and the second-hand fashion platform Vinted; Temu, SHEIN and AliExpress are large; Zalando for fashion. TikTok Shop opened in France in 2025.
commerce-import = Since July 2021 EU VAT (20%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = From China about 7-20 days by post or cross-border line, 3-6 by express; within the EU 2-6 days. La Poste/Colissimo, Chronopost, Mondial Relay and relay points (points relais) are common; many buyers prefer collecting from a relay point. Address: name, number and street (8 rue de Rivoli), then five-digit postcode and city (75008 PARIS).
commerce-returns = Consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason; the seller must refund within 14 days, including standard outbound delivery, and must tell the buyer about this right, or the period extends by up to 12 months. Sellers outside the EU selling to EU consumers are bound too.
