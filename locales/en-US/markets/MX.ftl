market-name = Mexico
market-summary = A warm, relationship-minded market where buyers expect a friendly greeting, quick answers on WhatsApp and flexible ways to pay, including cash and interest-free instalments. Write in Mexican Spanish, be courteous, and build trust before pushing a sale; Buen Fin and Hot Sale are the year's big online sale events.
business-hours = Offices keep about 9:00–18:00 on weekdays, often with a long lunch between 14:00 and 16:00; many shops also open on Saturday morning. Mexico City is 14 hours behind Beijing all year (no daylight saving since 2022). Banks also close on 2 November and 12 December (Our Lady of Guadalupe), which are not legal rest days. Many people are away from mid-December to 6 January.

channel-whatsapp = The everyday channel: most buyers prefer to ask questions, confirm orders and get tracking on WhatsApp. Use WhatsApp Business with a catalogue, quick replies and an away message.
channel-facebook-messenger = Mexico is one of Facebook's largest markets; many buyers first contact a shop through its Facebook page or Marketplace.
channel-instagram = Strong for fashion, beauty and lifestyle; buyers ask prices and sizes by direct message.
channel-email = Used mainly for order confirmations, invoices (CFDI) and formal complaints; few buyers start a conversation by e-mail.
channel-marketplace-chat = Mercado Libre and Amazon.com.mx questions are answered on the platform, often publicly on the listing; fast answers raise the seller reputation, and contact details may not be shared there.

holiday-new-year = New Year's Day
    .note = Legal rest day; the Christmas–Epiphany season runs until 6 January (Three Kings' Day), when children traditionally receive gifts.
holiday-holy-week = Holy Thursday and Good Friday
    .note = Not legal rest days, but banks and many businesses close and much of the country travels during Holy Week; expect slow replies and deliveries.
holiday-labour-day = Labour Day
    .note = 1 May, legal rest day.
holiday-mothers-day = Mother's Day
    .note = Always on 10 May, whatever the weekday; one of the biggest gifting dates of the year for flowers, beauty, jewellery and home appliances.
holiday-hot-sale = Hot Sale
    .note = The online sale organised by the Mexican Online Sales Association (AMVO), usually nine days in late May or early June (2025: 26 May–3 June); 2024 ran earlier, 15–23 May. Check the official dates each year.
holiday-independence-day = Independence Day
    .note = 16 September, legal rest day; the whole month has a patriotic mood, with the "Grito" celebrated the night of 15 September.
holiday-day-of-the-dead = Day of the Dead
    .note = 1–2 November, a major family and cultural tradition honouring the dead with altars, marigolds and sugar skulls. Not a legal rest day, but a strong season for decorations and gifts.
holiday-revolution-day = Revolution Day
    .note = Third Monday in November (commemorating 20 November); the long weekend hosts El Buen Fin.
holiday-buen-fin = El Buen Fin
    .note = Mexico's Black Friday, backed by the government and run over the Revolution Day long weekend (2025: Thursday 13 to Monday 17 November; earlier editions ran Friday to Monday). Buyers expect interest-free instalments.
holiday-christmas = Christmas Day
    .note = Legal rest day; Christmas shopping overlaps with the Guadalupe–Reyes season (12 December to 6 January). Ship early for delivery before Three Kings' Day.

holiday-constitution-day = Constitution Day (Día de la Constitución)
    .note = Legal rest day on the first Monday of February (the Constitution of 5 February 1917): a long weekend.
holiday-benito-juarez-day = Benito Juárez's birthday (Natalicio de Benito Juárez)
    .note = Legal rest day on the third Monday of March (Juárez was born on 21 March 1806): a long weekend.
holiday-inauguration-day = Presidential inauguration (Transmisión del Poder Ejecutivo Federal)
    .note = Legal rest day on 1 October every six years, when a new president takes office (2024, 2030).

etiquette-salutation = Open with a greeting ("Hola, buen día") and the buyer's first name, and use "usted" until the buyer writes to you with "tú". With older buyers and in complaints, use "Sr." or "Sra." and the surname.
    .title = Salutation
etiquette-warm-and-indirect = Be warm and personal: greet, thank, and wish a good day before getting to business. Avoid a blunt "no"; offer an alternative instead. A friendly tone builds the trust that closes the sale.
    .title = Warm and indirect
etiquette-reply-time = Buyers on WhatsApp expect an answer within a few hours, ideally the same hour, during Mexican business hours. Set an away message with your hours in Mexico City time.
    .title = Reply time
etiquette-payment = Offer cards with "meses sin intereses" (interest-free monthly instalments), cash payment at OXXO stores, Mercado Pago and SPEI bank transfers; many buyers have no credit card. Show the full price in pesos including 16% IVA: consumer law requires the total price to be displayed.
    .title = Payment
etiquette-mexican-spanish = Write Mexican Spanish, not Spain's: "celular" not "móvil", "computadora" not "ordenador", "ustedes" not "vosotros". Use DD/MM/YYYY dates and prices in MXN.
    .title = Mexican Spanish

taboo-word-coger = Never use the verb "coger" (to take or catch) in messages or copy.
    .rationale = It is harmless in Spain but vulgar in Mexico, where it means to have sex; use "tomar" or "agarrar" instead.
taboo-stereotypes = Do not use sombrero, poncho, sleeping-siesta or moustached-bandit caricatures of Mexicans.
    .rationale = Such images are widely seen as insulting stereotypes and have brought brands public criticism.
taboo-national-symbols = Do not alter the Mexican flag or use the national coat of arms on products and ads.
    .rationale = The Law on the National Coat of Arms, Flag and Anthem forbids altering them and using the coat of arms without authorisation; fines can be heavy.
taboo-day-of-the-dead-as-halloween = Do not present the Day of the Dead as a Halloween horror theme or mock its altars and symbols.
    .rationale = It is a cherished family tradition recognised by UNESCO as intangible cultural heritage; careless commercial use has caused backlash.
taboo-tuesday-13 = Avoid launching campaigns on a Tuesday the 13th.
    .rationale = In Mexico and other Spanish-speaking countries Tuesday, not Friday, the 13th is the unlucky day ("en martes, ni te cases ni te embarques").

## Commerce facts

commerce-payments = Cards lead, with interest-free monthly instalments (meses sin intereses) expected on larger purchases; Mercado Pago, cash at OXXO stores with a reference, SPEI bank transfer and PayPal follow, and cash on delivery is offered by some shops. Many buyers have no credit card, so offer a cash option.
commerce-marketplaces = Mercado Libre and Amazon are the largest marketplaces; SHEIN and Temu grew fast, Walmart and Liverpool have their own marketplaces, and TikTok Shop opened in 2025.
commerce-import = Mexico raised the taxes on courier imports of low-value goods from 2025, with a higher global rate for goods from countries without a trade agreement (China) than from the US and Canada, and platforms may collect it at checkout. The rates changed during 2025 and again for 2026; this profile does not state a figure: check the SAT before quoting.
commerce-delivery = From China about 10-25 days by cross-border line, from the EU 8-20 days, 3-7 by express; Mercado Envíos, Estafeta, DHL, FedEx and Correos de México. Address: street and number (exterior and interior), colonia (neighbourhood), postcode, municipality or borough, state (Av. Reforma 222, Col. Juárez, 06600 Cuauhtémoc, CDMX).
commerce-returns = For sales outside the shop, online sales included, the consumer may revoke the purchase within 5 business days of delivery without a reason (Federal Consumer Protection Law, art. 56); many shops offer 30 days.
