market-name = Taiwan
market-summary = A friendly, convenience-driven market where LINE and Facebook are the shop counter and most parcels are collected at convenience stores. Write in Traditional Chinese with Taiwanese wording, be warm and patient, and keep politics out of every message.
business-hours = Offices work 9:00–18:00 on weekdays with lunch from 12:00 to 13:00. The Lunar New Year break (now five statutory days plus weekends and make-up days, often 7–9 days in all) is the long quiet period; other one-day holidays include 28 February, 1 May (Labour Day, a holiday for everyone since 2026), 28 September (Teachers' Day), 25 October and 25 December. A holiday on Saturday is usually taken on the Friday before, one on Sunday on the Monday after.

channel-line = The default messaging app: open a LINE Official Account for one-to-one chat, order updates, coupons and broadcast messages; many buyers will not use any other channel.
channel-facebook-messenger = Facebook pages and groups remain a major shop window; buyers comment "+1" or send a private message to order, so reply fast and move details to Messenger.
channel-marketplace-chat = Marketplace chat on Shopee, momo and PChome carries pre-sale questions and returns; response rate affects shop ranking.
channel-instagram = For younger buyers and visual products; use it for campaigns and answer direct messages.

holiday-new-year = Founding Day of the Republic of China / New Year's Day
    .note = One day off on 1 January; when it falls on a Saturday the Friday before is off, on a Sunday the Monday after.
holiday-lunar-new-year-eve = Lunar New Year: Little New Year's Eve and New Year's Eve
    .note = Since 2026 the day before New Year's Eve (Little New Year's Eve) is also a national holiday under the 2025 Act (in 2024 and 2025 it was a bridge day off, made up on a Saturday), so the break starts two days before the lunar New Year; a day that falls on a weekend is made up on another working day. Shops and couriers stop early and shipping cut-offs are announced in advance.
holiday-lunar-new-year = Lunar New Year (Spring Festival)
    .note = The first three days of the lunar year; days lost to a weekend are made up on other working days, usually right after (the government's yearly calendar fixes them). Year-end gifts and New Year goods sell in the month before.
holiday-peace-memorial-day = Peace Memorial Day
    .note = 28 February, in memory of the victims of the 1947 "228 Incident"; a sombre day, so keep promotions low-key. A Saturday date is taken off on the Friday before, a Sunday date on the Monday after.
holiday-childrens-day = Children's Day
    .note = 4 April, joined to Tomb-Sweeping Day into a 2–4 day break; toys and children's gifts sell in the weeks before. When both fall on the same day, Children's Day is given on an adjacent working day (5 April in 2024, 3 April in 2025); when it falls on a Sunday and Tomb-Sweeping Day is the Monday (next in 2027), the day off is the Tuesday.
holiday-tomb-sweeping-day = Tomb-Sweeping Day (Qingming)
    .note = On the Qingming solar term (4 or 5 April); a family day for honouring ancestors, not for festive marketing.
holiday-labour-day = Labour Day
    .note = 1 May has long been a day off for private-sector employees, and since 2026 it is a national holiday for everyone, including government offices and schools; a weekend date is taken on the Friday before or the Monday after.
holiday-dragon-boat = Dragon Boat Festival
    .note = Fifth day of the fifth lunar month; zongzi and gift boxes sell in the weeks before.
holiday-ghost-month = Ghost Month
    .note = The seventh lunar month; many people avoid big purchases, moving house and weddings, but the Zhongyuan festival (15th day) drives strong sales of offering food and gift packs. Not a day off.
holiday-mid-autumn = Mid-Autumn Festival
    .note = 15th day of the eighth lunar month; mooncake gift boxes, pomelos and barbecue supplies sell for weeks before.
holiday-teachers-day = Teachers' Day (Confucius' Birthday)
    .note = 28 September, a national day off again since 2025; a Saturday date is taken off on the Friday before, a Sunday date on the Monday after. Small thank-you gifts for teachers sell before it.
holiday-national-day = National Day (Double Ten)
    .note = 10 October; around this time department stores start their big anniversary sales, which run into November.
holiday-retrocession-day = Taiwan Retrocession Day
    .note = 25 October (Taiwan Retrocession and Kinmen Guningtou Victory Memorial Day), a national day off again since 2025, in the middle of the department stores' anniversary sale season.
holiday-constitution-day = Constitution Day
    .note = 25 December, a national day off again since 2025, so Christmas Day is now a day off too; Christmas itself is a gift and couples' occasion rather than a religious holiday for most buyers.
holiday-double-eleven = Double 11
    .note = The biggest online sale of the year on Shopee, momo and PChome, with Double 12 close behind; plan stock and ad budgets from October.

holiday-working-day = Working day (make-up for { $holiday })

etiquette-salutation = Address buyers as surname plus xiansheng (Mr) or xiaojie (Ms), e.g. "Chen xiaojie"; in Taiwan xiaojie is the normal polite form. "Nin hao" (您好) and "qinai de guke" (dear customer) are safe openings.
    .title = Salutation
etiquette-traditional-chinese = Write in Traditional characters and Taiwanese vocabulary, never Simplified Chinese: for example yingpian not shipin (video), pinzhi not zhiliang (quality), xunxi not xinxi (message), ruanti not ruanjian (software), wanglu not wangluo (internet). Mainland wording is noticed at once and lowers trust.
    .title = Traditional Chinese and local wording
etiquette-reply-time = Buyers expect a LINE or Messenger reply within a few hours and an answer on the same day; set an automatic reply for nights and holidays.
    .title = Reply time
etiquette-payment = Convenience-store pickup with payment on collection (7-ELEVEN, FamilyMart) is a favourite, alongside credit cards, LINE Pay, JKOPay and cash on delivery; buyers also expect an electronic uniform invoice (e-invoice) from local sellers.
    .title = Payment and delivery
etiquette-stickers = LINE stickers and emoji are normal and friendly in chat, even with shops; keep them out of formal complaints and refund messages.
    .title = Stickers and emoji

taboo-number-4 = Avoid the number 4 in prices, sets and packaging.
    .rationale = The word for four (si) sounds like "death"; many buildings skip the fourth floor.
taboo-clock-gift = Do not offer clocks as gifts or free gifts.
    .rationale = The phrase "giving a clock" (song zhong) sounds like attending someone's deathbed.
taboo-white-envelopes = Do not put gifts or money in white envelopes; use red.
    .rationale = White envelopes (baibao) are for funeral money; red envelopes (hongbao) are for happy occasions.
taboo-green-hat = Do not show a man wearing a green hat.
    .rationale = The phrase "wearing a green hat" means being cheated on by one's wife.
taboo-cross-strait-politics = Keep cross-strait politics out of messages and marketing: do not label Taiwan or buyers' addresses as "Taiwan, Province of China" or "China", and do not use political slogans or flags of either side.
    .rationale = Political labels, in either direction, offend many buyers and cause public backlash; carriers and marketplaces already list Taiwan as the destination.

## Commerce facts

commerce-payments = Cards lead, but paying cash when collecting the parcel at a convenience store (超商取貨付款) is a habit Taiwanese buyers expect from marketplaces; LINE Pay, JKOPAY and ATM transfer to a virtual account are common.
commerce-marketplaces = Shopee, momo and PChome 24h are the main platforms; Temu and AliExpress serve cross-border buyers.
commerce-import = Parcels with a dutiable value of NTD 2,000 or less are free of duty and business tax, but the exemption is limited to six times per half-year per buyer; above it duty and 5% business tax are charged and the courier collects them. Express parcels need real-name confirmation by the buyer in the customs EZ WAY app, and a buyer who has not confirmed will hold up the parcel.
commerce-delivery = From China 3-8 days, from the EU 7-15 days by post, 3-5 by express; delivery to convenience stores (7-Eleven, FamilyMart) for pickup is as common as home delivery. Addresses run from large to small: postcode, city/county, district, road, section, lane, alley, number and floor, then the name.
commerce-returns = Buyers may return goods bought online within 7 days of receipt without a reason or cost (Consumer Protection Act, art. 19), except goods listed as unsuitable (perishables, custom-made, opened digital content and others).
