market-name = Australia
market-summary = An informal, English-speaking market that expects plain talk, fast shipping updates and hassle-free returns. Buyers use first names, dislike hype and know their consumer rights well. E-mail and website chat carry most service; Messenger and Instagram matter for younger buyers.
business-hours = Offices keep about 9:00–17:00, Monday to Friday, local time. Sydney and Melbourne are 2 hours ahead of Beijing (3 hours during daylight saving, October–April); Brisbane stays 2 hours ahead all year and Perth shares Beijing time. Expect slow replies over the Christmas–New Year break and on state public holidays, which differ from state to state.

channel-email = The default channel for order confirmations, shipping updates, returns and newsletters. Keep messages short, friendly and signed with a real name.
channel-live-chat = Buyers expect a chat button on the store and an answer within minutes during Australian business hours; set clear offline hours.
channel-facebook-messenger = Widely used by Australians of all ages; good for quick pre-sale questions and order follow-ups from your Facebook page.
channel-instagram = Key for fashion, beauty and homewares; buyers ask sizing and stock questions by direct message.

holiday-new-year = New Year's Day
    .note = National public holiday; if it falls on a weekend the following Monday is the day off.
holiday-australia-day = Australia Day
    .note = 26 January national public holiday, moved to Monday when it falls on a weekend. A contested date for many Indigenous Australians; keep promotions low-key.
holiday-easter = Easter long weekend
    .note = Good Friday and Easter Monday are national public holidays and most states also close on Easter Saturday; many shops are closed on Good Friday. Expect a four-day pause in service and delivery.
holiday-anzac-day = Anzac Day
    .note = 25 April, the national day of remembrance for those who served. Many businesses stay closed in the morning; do not run sales themed on the day. When it falls on a weekend, some states add the Monday as a holiday and others do not; the rules differ by state and year.
holiday-mothers-day = Mother's Day
    .note = Second Sunday in May, the same day as in the US; a major gift date for flowers, beauty, jewellery and homewares. Promote three weeks ahead and allow for Australia Post delivery times.
holiday-kings-birthday = King's Birthday
    .note = Second Monday in June in most states; Western Australia (usually late September) and Queensland (first Monday in October) hold it later.
holiday-eofy-sales = End of financial year (EOFY) sales
    .note = The Australian financial year ends on 30 June; retailers run clearance sales through June, strongest for electronics, appliances and business purchases.
holiday-fathers-day = Father's Day
    .note = First Sunday in September (not June as in the US and UK); a gift date for tools, barbecue gear, gadgets and clothing. Promote from mid-August.
holiday-click-frenzy = Click Frenzy
    .note = Australia's own online sale, usually opening at 7 pm AEDT on the second Tuesday of November and running 53 hours; a start to Christmas shopping.
holiday-black-friday = Black Friday
    .note = Now one of Australia's biggest shopping events, often stretched into a week ending on Cyber Monday. Follows the US date (the Friday after the fourth Thursday of November).
holiday-christmas = Christmas Day
    .note = The peak gifting season falls in early summer; publish Australia Post cut-off dates early. Moved to a weekday when it falls on a weekend.
holiday-boxing-day = Boxing Day
    .note = Public holiday on 26 December and the traditional start of Australia's biggest clearance sales, which now run online through to New Year. When it falls on a weekend, the next working day is a holiday instead.

holiday-good-friday = Good Friday
    .note = Public holiday; most shops and offices are closed.
holiday-easter-monday = Easter Monday
    .note = Public holiday; offices are closed.

etiquette-salutation = Use the buyer's first name from the first message ("Hi Sarah"). Titles and surnames feel stiff; mirror the buyer's own tone.
    .title = Salutation
etiquette-plain-talk = Be friendly, direct and understated. Australians distrust hype and superlatives; say plainly what the product does, when it will arrive and what you will do if something goes wrong.
    .title = Plain talk
etiquette-consumer-guarantees = Never write "no refunds". Under the Australian Consumer Law, buyers are entitled to a repair, replacement or refund for faulty goods, and overseas sellers are not exempt. Refusing change-of-mind returns is allowed if you say so clearly.
    .title = Consumer guarantees
etiquette-reply-time = Reply within one business day, Australian time. Answer chat and Messenger within a few hours; set an auto-reply outside your hours.
    .title = Reply time
etiquette-payment-and-gst = Offer cards, PayPal, Apple Pay or Google Pay and buy-now-pay-later (Afterpay, Zip). Show prices in AUD including GST: overseas sellers above the A$75,000 turnover threshold must charge 10% GST on goods of A$1,000 or less.
    .title = Payment and GST
etiquette-australian-english = Write Australian English (colour, organise), dates as DD/MM/YYYY, metric units and prices in AUD. American spellings and units read as a sign of a foreign seller.
    .title = Australian English

taboo-anzac-word = Do not use the word "Anzac" on products, packaging or promotions.
    .rationale = Its commercial use is restricted by the Protection of Word "Anzac" Regulations; permission from the Department of Veterans' Affairs is needed, and importing goods bearing it without permission is prohibited.
taboo-fake-aboriginal-art = Do not sell or label goods as Aboriginal art unless they are made by or licensed from Aboriginal artists.
    .rationale = Fake Indigenous art causes cultural harm and breaches consumer law; in 2019 the Federal Court penalised Birubi Art A$2.3 million for such claims.
taboo-uluru-images = Avoid Uluru in product images and advertising unless you hold the park's permit.
    .rationale = Uluru is sacred to its Anangu owners; commercial image use needs a permit and some sites must not be photographed at all.
taboo-australia-day-promotions = Be careful with Australia Day themed merchandise and sales.
    .rationale = Many Indigenous Australians mark 26 January as a day of mourning; several major retailers stopped selling Australia Day merchandise in 2024.
taboo-v-sign-palm-inward = Do not show the two-finger V sign with the back of the hand facing the viewer.
    .rationale = Made that way it is a rude insult in Australia, like the middle finger; with the palm facing out it simply means peace or victory.

## Commerce facts

commerce-payments = Cards (mostly debit, often tapped through Apple Pay or Google Pay) and PayPal are the main online payments; Afterpay, an Australian-born buy now, pay later service, is widely used, as are Zip and PayID bank transfers.
commerce-marketplaces = Amazon.com.au and eBay lead, with Temu and SHEIN large among cross-border sellers, Kogan for electronics and Etsy for handmade.
commerce-import = Goods worth AUD 1,000 or less pay no duty, but 10% GST is charged at checkout by the foreign seller or marketplace, who must register with the ATO. Above AUD 1,000 the buyer (or the courier as broker) lodges an import declaration and pays duty, GST and processing charges before release.
commerce-delivery = From China about 7-20 days by post or cross-border line, from the EU 8-20 days, 3-7 by express; Australia Post, StarTrack, couriers and parcel lockers. Address: name, number and street, then suburb, state abbreviation and four-digit postcode (SYDNEY NSW 2000).
commerce-returns = There is no cooling-off right for online purchases in Australia. The Australian Consumer Law guarantees apply instead: a buyer is entitled to a refund or replacement for a major failure, whatever the shop's policy says, and a 'no refunds' sign is unlawful.
