market-name = Spain
market-summary = A warm, mobile-first market: buyers shop on their phones, message sellers on WhatsApp and expect a friendly, personal tone in Spain's Spanish. Give clear delivery dates and easy returns, and time campaigns around Three Kings' Day (6 January), the January sales and Black Friday.
business-hours = Many offices work Monday to Friday about 9:00–14:00 and 16:00–19:00 with a long lunch break; in July and August many switch to a continuous morning schedule (about 8:00–15:00). The Canary Islands are one hour behind the mainland. Each region adds its own holidays: Holy Thursday is a holiday in most regions (not Catalonia, and in some years not Valencia), Easter Monday in Catalonia, Valencia, the Balearic Islands, the Basque Country and Navarre. A national holiday on a Sunday is moved to the Monday by some regions only. Many businesses slow down or close in August.

channel-whatsapp = The default way Spaniards message each other and, increasingly, shops. Use WhatsApp Business for pre-sale questions, order updates and, with opt-in, offers.
channel-email = The record for orders, invoices, returns and complaints; marketplaces and payment providers send their notices here.
channel-instagram = Very strong for fashion, beauty and home; buyers send pre-sale questions by direct message and follow brands for offers.
channel-marketplace-chat = Marketplace messages (Amazon.es, AliExpress, Miravia, Vinted) are where many cross-border questions arrive; reply in Spanish within 24 hours.

holiday-new-year = New Year's Day (Año Nuevo)
    .note = National holiday. Christmas shopping continues until Three Kings' Day.
holiday-epiphany = Three Kings' Day (Día de Reyes)
    .note = 6 January, a holiday in every region and the main day for children's gifts in Spain, more than Christmas. Orders must arrive by 5 January: publish your last order date early.
holiday-winter-sales = January sales (Rebajas de enero)
    .note = Traditionally start on 7 January, the day after Three Kings; since 2012 shops may choose their own sales dates, and many online shops start earlier. The summer sales traditionally start on 1 July.
holiday-good-friday = Good Friday (Viernes Santo)
    .note = National holiday in the middle of Holy Week (Semana Santa), when many people travel; Holy Thursday is also a holiday in most regions.
holiday-labour-day = Labour Day (Fiesta del Trabajo)
    .note = 1 May, a national holiday.
holiday-assumption-day = Assumption Day (Asunción de la Virgen)
    .note = 15 August, in the middle of the summer holidays, when many businesses are closed or slow.
holiday-national-day = National Day of Spain (Fiesta Nacional de España)
    .note = 12 October, a national holiday.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; one of the biggest online shopping events in Spain, often stretched into a whole week.
holiday-constitution-day = Constitution Day (Día de la Constitución)
    .note = 6 December; with the Immaculate Conception on 8 December it forms the December long weekend (puente de diciembre), a busy Christmas shopping time.
holiday-christmas-day = Christmas Day (Navidad)
    .note = National holiday; 24 December evening (Nochebuena) is the family celebration. Gift shopping runs from Black Friday to Three Kings' Day.

holiday-all-saints = All Saints' Day (Todos los Santos)
    .note = National holiday on 1 November; families visit graves. When it falls on a Sunday, some regions move it to the Monday.
holiday-immaculate-conception = Immaculate Conception (Inmaculada Concepción)
    .note = National holiday on 8 December; with Constitution Day on 6 December it often makes a long "puente" and opens the Christmas shopping season.

etiquette-salutation = Open with "Hola" and the buyer's first name, friendly but correct; use "Estimado/a" plus the surname and "usted" for formal complaints, older buyers or if the buyer writes formally. Close with "Un saludo" or "Saludos cordiales".
    .title = Salutation
etiquette-spain-spanish = Write in Spain's Spanish (vosotros, local words and euro prices), not Latin American Spanish or a machine translation. In Catalonia, Galicia and the Basque Country some buyers appreciate their own language, but Spanish is always acceptable.
    .title = Spain's Spanish
etiquette-warm-tone = Spaniards value a warm, personal tone: thank the buyer, show empathy, and solve the problem quickly. Cold, purely formal replies feel distant.
    .title = Warm tone
etiquette-reply-time = On WhatsApp buyers expect an answer within hours during the day; by e-mail, within one working day.
    .title = Reply time
etiquette-late-schedule = Spain runs late: lunch is around 14:00–16:00 and dinner after 21:00, and buyers are active online in the evening. Send offers mid-morning or in the evening, never during lunch; expect slow replies in August.
    .title = Late schedule
etiquette-payment-methods = Most buyers pay by card or PayPal; Bizum, the instant bank payment used by most Spaniards, is increasingly accepted online, and some buyers still ask for cash on delivery (contra reembolso). Buyers have 14 days to withdraw from an online purchase.
    .title = Payment
etiquette-emoji = Emoji are common and friendly in WhatsApp and Instagram chats; keep e-mails and complaint replies plain.
    .title = Emoji

taboo-tuesday-13 = Avoid launching campaigns or fixing delivery dates on Tuesday the 13th.
    .rationale = In Spain Tuesday the 13th (martes y trece), not Friday, is the traditional unlucky day.
taboo-chrysanthemums = Do not use chrysanthemums as gifts or festive decoration.
    .rationale = They are the flowers taken to cemeteries on All Saints' Day (1 November) and are linked to death.
taboo-horns-gesture = Do not show the horns gesture (index and little finger raised) aimed at a person.
    .rationale = In Spain it means "cuckold" (cuernos) and is an insult.
taboo-regional-politics = Stay out of regional independence, Franco and the Civil War in marketing and messages.
    .rationale = These topics divide Spaniards deeply; taking any side, even as a joke, alienates part of your buyers.

## Commerce facts

commerce-payments = Spanish buyers pay by card first, then PayPal; Bizum, the instant bank payment by phone number, is spreading to online shops. Cash on delivery (contra reembolso) is still offered by some shops, usually for a fee.
commerce-marketplaces = Amazon leads; AliExpress has long been popular in Spain, and Temu and SHEIN grew fast; Vinted for second-hand fashion. TikTok Shop opened in Spain in December 2024.
commerce-import = Since July 2021 EU VAT (21%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = From China about 7-20 days by post or cross-border line (AliExpress Standard often 7-12), 3-6 by express; within the EU 2-6 days. Correos, SEUR, MRW, GLS and pickup points. Note: the Canary Islands, Ceuta and Melilla are outside the EU VAT area and have their own taxes (IGIC, IPSI). Address: street, number, floor and door (Calle Mayor 5, 3º B), then postcode and city (28013 Madrid).
commerce-returns = Consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason; the seller must refund within 14 days, including standard outbound delivery, and must tell the buyer about this right, or the period extends by up to 12 months. Sellers outside the EU selling to EU consumers are bound too.
