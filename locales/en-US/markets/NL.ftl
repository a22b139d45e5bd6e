market-name = Netherlands
market-summary = A highly digital market with some of Europe's most experienced online shoppers: buyers expect fast delivery (often next day), free or cheap returns, payment by iDEAL and quick, straight answers. Informal, direct and honest communication works best; overselling does not. WhatsApp and e-mail are the main service channels.
business-hours = Offices work Monday to Friday about 9:00–17:30, with a short lunch; many people work part-time, so replies on Fridays can be slower. Holidays are not moved when they fall on a weekend, except King's Day. School summer holidays are staggered by region between July and early September.

channel-whatsapp = The everyday messenger for almost all Dutch people, and many web shops offer service through it. Use WhatsApp Business for questions and delivery updates; reply within business hours the same day.
channel-email = The record for orders, invoices and returns, and the main channel for newsletters (with consent).
channel-marketplace-chat = Marketplace messages (bol, Amazon.nl, Zalando, Vinted) are where many cross-border questions arrive; bol measures how fast sellers answer.
channel-instagram = Good for fashion, beauty, home and lifestyle; buyers ask pre-sale questions by direct message.

holiday-new-year = New Year's Day (Nieuwjaarsdag)
    .note = National holiday; little business until 2 January.
holiday-good-friday = Good Friday (Goede Vrijdag)
    .note = An official holiday, but most people work; shops and many offices are open.
holiday-easter-monday = Easter Monday (Tweede Paasdag)
    .note = Most people have the day off; many shops and garden centres stay open and busy.
holiday-kings-day = King's Day (Koningsdag)
    .note = 27 April, the King's birthday; when it falls on a Sunday it is held on Saturday 26 April (as in 2025). A national street party with flea markets, dressed in orange: orange-themed products sell in the weeks before.
holiday-liberation-day = Liberation Day (Bevrijdingsdag)
    .note = 5 May, a national holiday, but whether people get the day off depends on their employer; many only have it off every five years (2025, 2030).
holiday-ascension-day = Ascension Day (Hemelvaartsdag)
    .note = Thursday, 39 days after Easter; many take the Friday off as well.
holiday-whit-monday = Whit Monday (Tweede Pinksterdag)
    .note = Most people have the day off, 50 days after Easter.
holiday-black-friday = Black Friday to Cyber Monday
    .note = The Friday after US Thanksgiving through the following Monday; now one of the busiest online shopping periods in the Netherlands, overlapping with Sinterklaas shopping.
holiday-sinterklaas = Sinterklaas (Pakjesavond)
    .note = 5 December evening is when many Dutch families exchange gifts, often more than at Christmas. Shopping peaks from mid-November; make sure orders arrive by 4 December.
holiday-christmas = Christmas (Eerste en Tweede Kerstdag)
    .note = 25 and 26 December are national holidays. Gift shopping follows right after Sinterklaas.

holiday-easter-sunday = Easter Sunday (Eerste Paasdag)
    .note = Official holiday on a Sunday; most shops are closed, and garden centres and furniture stores have one of their busiest weekends.
holiday-whit-sunday = Whit Sunday (Eerste Pinksterdag)
    .note = Official holiday on a Sunday, followed by Whit Monday; a long weekend for many.

etiquette-salutation = Open with "Hoi" or "Hallo" and the first name; use "Beste" plus first name in e-mail. Use "je" with most buyers, and "u" with older buyers or if the buyer uses it. Sign with your own name.
    .title = Salutation
etiquette-direct-and-short = Dutch buyers are direct and value plain honesty: answer the question first, keep it short, admit mistakes openly and say what you will do. Superlatives and sales talk come across as untrustworthy.
    .title = Direct and short
etiquette-reply-time = Reply the same working day on WhatsApp and chat, and within 24 hours by e-mail. Fast, precise delivery information matters more than polite phrasing.
    .title = Reply time
etiquette-dutch-language = Write in Dutch. Most Dutch people speak good English, but a Dutch shop page and service build trust; never send German texts instead.
    .title = Dutch language
etiquette-ideal = Offer iDEAL, the bank payment most Dutch buyers use online (being replaced by the European Wero from 2026, through the same banking apps). Pay-later options (Klarna, Riverty) are popular; credit cards less so. Buyers have 14 days to withdraw from an online purchase.
    .title = Payment: iDEAL

taboo-blackface-zwarte-piet = Do not use blackface "Zwarte Piet" figures in Sinterklaas marketing or products.
    .rationale = Widely criticised as racist; major retailers, broadcasters and the national Sinterklaas arrival have switched to soot-smudged Piets (roetveegpieten) or dropped the figure.
taboo-holland-for-netherlands = Say "the Netherlands", not "Holland", for the whole country.
    .rationale = Holland is only two of the twelve provinces; since 2020 the government and tourist board promote "the Netherlands", and people from other provinces may correct you.
taboo-german-for-dutch = Do not mix up Dutch and German, or the Netherlands and Germany.
    .rationale = The Dutch are proud of their own language and identity; German texts or "Deutsch" labels read as careless, and wartime history makes the mix-up touchy for some.
taboo-flavoured-vapes = Do not sell e-cigarettes or e-liquids with flavours other than tobacco.
    .rationale = Since 1 January 2024 only tobacco-flavoured e-cigarettes may be sold in the Netherlands; the food and product safety authority (NVWA) enforces the ban.

## Commerce facts

commerce-payments = iDEAL, the bank payment at checkout, is used for most Dutch online purchases; it is being migrated to the European Wero brand from 2026. Klarna pay-later, PayPal and cards follow; credit cards are less common than in other markets.
commerce-marketplaces = bol is the largest marketplace in the Netherlands; Amazon.nl (since 2020) is growing, Zalando for fashion, and Temu, SHEIN and AliExpress for low-price imports.
commerce-import = Since July 2021 EU VAT (21%) is due on every parcel from outside the EU, from the first cent. Up to €150 the seller or marketplace can charge it at checkout through the Import One-Stop Shop (IOSS) and the parcel clears without further charges; otherwise the carrier collects VAT plus a handling fee from the buyer before delivery, and unpaid parcels go back. Customs duty is waived up to €150 of goods; the EU agreed in 2025 to abolish this exemption, with a flat €3 duty per item in low-value parcels planned from 1 July 2026 until the customs data hub takes over. Tell buyers in advance who pays what.
commerce-delivery = From China about 7-18 days by post or cross-border line, 2-5 by express; within the EU 2-5 days. PostNL, DHL, DPD and many pickup points; next-day delivery is the domestic norm, so slow cross-border delivery needs to be announced. Address: street and number (Damrak 1), then postcode (four digits, space, two letters) and city (1012 AB Amsterdam).
commerce-returns = Consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason; the seller must refund within 14 days, including standard outbound delivery, and must tell the buyer about this right, or the period extends by up to 12 months. Sellers outside the EU selling to EU consumers are bound too.
