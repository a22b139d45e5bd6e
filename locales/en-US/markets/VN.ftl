market-name = Vietnam
market-summary = A young, mobile and price-sensitive market where buyers message the shop before ordering, love vouchers and free shipping, and still pay cash on delivery for many orders. Reply fast on Zalo or Messenger, write correct Vietnamese with full diacritics, and plan everything around Tet.
business-hours = Offices work 8:00–17:00 on weekdays with a lunch break around 12:00–13:00 (often longer, with a nap); many private companies also work Saturday mornings. A holiday that falls on a weekend is made up on the next working day. Tet is the long shutdown: the official break is usually 7–9 days, but suppliers and couriers slow down for two to three weeks around it.

channel-zalo = The national messaging app, used by most smartphone owners; open a Zalo Official Account for order confirmation, delivery updates and after-sales, and expect buyers to send voice messages and photos.
channel-facebook-messenger = Facebook pages, groups and live selling remain a major sales channel; buyers comment and then "inbox" the shop for prices, so answer private messages fast.
channel-marketplace-chat = Chat on Shopee, Lazada and TikTok Shop handles marketplace questions and returns; response rate affects shop ratings.
channel-tiktok = TikTok Shop short videos and live selling drive a large share of online sales; answer comments during and after lives.
channel-facebook = Facebook Pages are a common storefront for small shops; buyers comment "ib" (inbox me) under posts to ask the price. Reply by message, not with public prices in comments if your prices vary.

holiday-new-year = New Year's Day (Tet Duong lich)
    .note = One day off on 1 January; moved to the next working day if it falls on a weekend.
holiday-tet-eve = Tet eve (Giao thua)
    .note = Lunar New Year's Eve, always one of the five official Tet days off; families gather, and nobody answers from the afternoon.
holiday-tet = Tet Nguyen Dan (Lunar New Year)
    .note = The first three days of the lunar year, the heart of the festival; the Tet shopping peak runs for about a month before, and couriers stop or slow down in the last week before New Year's Eve. Vietnam's lunar calendar runs on Hanoi time, so in 2030 Tet falls one day earlier than Chinese New Year (2 February).
holiday-tet-holiday = Tet holiday (official days off)
    .note = The Labour Code gives five paid Tet days, and each year the Prime Minister fixes which ones: usually one or two days before New Year's Eve and three or four after (16–20 February in 2026). Days lost to a weekend are made up, so with weekends the break lasts 7–9 days. Until the dates are announced, usually in the autumn before, the calendar assumes New Year's Eve and the four days after.
holiday-womens-day = International Women's Day
    .note = 8 March is a big gift occasion (flowers, cosmetics, jewellery) though not a day off; men buy gifts for partners, mothers and colleagues.
holiday-hung-kings = Hung Kings' Commemoration Day
    .note = 10th day of the third lunar month; a one-day public holiday, often joined to a weekend.
holiday-reunification-labour-day = Reunification Day and Labour Day
    .note = 30 April and 1 May, two public holidays usually joined to a weekend (often with swapped working days) for a four- or five-day travel break.
holiday-national-day = National Day
    .note = 2 September, with a second day off next to it (see the National Day holiday); a day that falls on a weekend is made up on the next working day, and the break is often stretched to four or five days with a weekend and a swapped working day.
holiday-national-day-holiday = National Day holiday (second day)
    .note = The Labour Code gives a second day off next to 2 September, and the government picks 1 or 3 September each year (3 September in 2024, 1 September in 2025 and 2026). Until it is announced, the calendar assumes 1 September.
holiday-mid-autumn = Mid-Autumn Festival (Tet Trung thu)
    .note = 15th day of the eighth lunar month: a children's festival with lanterns and toys, and a big mooncake and corporate-gift season. Not a day off.
holiday-vietnamese-womens-day = Vietnamese Women's Day
    .note = 20 October, a second gift peak for women; promote flowers, cosmetics and fashion in the two weeks before.
holiday-double-eleven = 11.11 mega sale
    .note = The largest double-date sale on Shopee, Lazada and TikTok Shop; 12.12 and Black Friday follow, then the Tet shopping season.
holiday-vietnamese-culture-day = Vietnamese Culture Day
    .note = 24 November, chosen by the Politburo in January 2026 (Resolution 80) to become a paid public holiday. It becomes a day off only once the Labour Code is amended, so check whether the change is in force before counting on it; expect cultural events and themed promotions.

holiday-working-day = Working day (make-up for { $holiday })

etiquette-salutation = Address buyers by pronoun plus given name (the last part of the name): "anh" for a man, "chi" for a woman (for example "chi Lan"); the shop calls itself "em" or "shop". Use "Quy khach" (valued customer) in formal notices.
    .title = Salutation
etiquette-diacritics = Always write Vietnamese with full diacritics. Text without tone marks is ambiguous, looks like spam and is read as careless; machine translation needs a native check.
    .title = Correct Vietnamese
etiquette-reply-time = Buyers message several shops at once and buy from the first that answers; reply within minutes to an hour in the daytime and confirm each order by message or phone before shipping.
    .title = Reply time
etiquette-payment = Cash on delivery is still very common, so confirm orders first to reduce refused parcels. Bank transfer by VietQR code and e-wallets such as MoMo and ZaloPay are growing; send clear payment details and check the transfer before shipping.
    .title = Payment
etiquette-freeship = Buyers expect free shipping ("freeship"), vouchers and small gifts with the order; build them into the price rather than bargaining each time, and be clear about what is free.
    .title = Freeship and vouchers

taboo-nine-dash-line = Never use maps, globes, prints or product screens that show China's "nine-dash line" in the South China Sea (the East Sea, Bien Dong, in Vietnam).
    .rationale = Vietnam rejects the claim; it has banned films for showing the line (Abominable, Uncharted, Barbie) and told importers to reject goods carrying it.
taboo-white-mourning = Do not wrap gifts in white or black.
    .rationale = White (and black) are the colours of mourning and funerals; red and gold are lucky.
taboo-crossed-fingers = Do not show crossed index and middle fingers in ads or photos.
    .rationale = In Vietnam the gesture is an obscene insult, not a wish for luck.
taboo-tet-bad-news = Do not chase payments, send complaints or bad news in the first days of the lunar New Year.
    .rationale = Many Vietnamese believe the start of the year sets the luck for the whole year; debts and quarrels at Tet are considered bad omens.

## Commerce facts

commerce-payments = Cash on delivery is still the most common way to pay for online orders, though bank transfers by VietQR and e-wallets (MoMo, ZaloPay, ShopeePay) are growing fast; cards are less used. Expect buyers to refuse COD parcels they no longer want, and confirm orders before shipping.
commerce-marketplaces = Shopee leads, with TikTok Shop now second, then Lazada and Tiki.
commerce-import = Since 18 February 2025 the exemption for express parcels worth up to VND 1 million has ended: every parcel pays import duty and VAT, collected through the courier or on clearance. Cross-border platforms also face tighter registration and tax rules.
commerce-delivery = From China 3-10 days (much by road), from the EU 8-20 days, 3-6 by express; VNPost, Viettel Post, GHN, GHTK, J&T and marketplace logistics. Address: house number, alley, street, ward or commune, then province or city; since July 2025 the district level is abolished and many provinces were merged, so confirm the buyer's new ward and province names.
commerce-returns = Vietnamese law gives no general right to return an online purchase for a change of mind; the shop's or platform's policy applies, and defective goods fall under the Law on Protection of Consumers' Rights.
