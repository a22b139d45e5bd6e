market-name = China (mainland)
market-summary = A fast, mobile-first market where buyers shop inside super-apps and marketplaces, expect near-instant chat replies, and compare prices, coupons and free shipping before they buy. Write in Simplified Chinese, keep the tone warm and helpful, and take after-sales service seriously: reviews decide the next sale.
business-hours = Offices work 9:00–18:00 on weekdays with a long lunch break (about 12:00–13:30), but marketplace shop service is expected every day until late evening. Each year the State Council publishes the holiday schedule, which swaps some weekends into working days (tiaoxiu); the holiday calendar shows those make-up working days too. Nobody answers during the Spring Festival and National Day weeks, and factories and couriers stop well before Spring Festival.

channel-wechat = The everyday app for chat, payments and mini-programs. Use a WeChat Official Account or WeCom (Enterprise WeChat) for customer groups, order questions and after-sales follow-up; buyers expect voice messages and pictures to be answered too.
channel-marketplace-chat = The marketplace's own chat (Taobao/Tmall Qianniu, JD, Pinduoduo, Douyin shop) is where most pre-sale questions and all disputes happen; platforms measure your response time and the chat log is evidence in disputes.
channel-douyin = Short video and live-stream selling drive discovery and impulse buying; answer comments and direct messages quickly during and after a live session.
channel-weibo = Public brand announcements, campaigns and influencer cooperation; complaints can go public here, so reply politely and move details to private chat.
channel-xiaohongshu = Buyers research products through notes and reviews on Xiaohongshu before buying, especially beauty, fashion, baby and travel goods; answer direct messages there and keep claims modest, as exaggerated notes are moderated.

holiday-working-day = Working day (make-up for { $holiday })
holiday-new-year = New Year's Day (Yuandan)
    .note = One statutory day off, usually joined to a weekend for a three-day break; when 1 January falls on a weekend, the next working day is given off instead.
holiday-spring-festival-eve = Spring Festival Eve (Chuxi)
    .note = A statutory holiday again since 2025 (in 2024 it was only a recommended day off): the family reunion dinner; no one works that evening.
holiday-spring-festival = Spring Festival (Chinese New Year)
    .note = The first three days of the lunar year are statutory holidays (with the Eve, four days since 2025); statutory days that fall on a weekend are made up on working days. Each November the State Council publishes the next year's holiday schedule, which swaps one or two weekend days into working days (tiaoxiu) to make a break of about 8–9 days; the calendar carries each published schedule, make-up working days included, and marks later years as projected. Factories and couriers stop one to two weeks earlier and restart slowly. The New Year goods festival (nianhuojie) sales run in the weeks before.
holiday-qingming = Qingming Festival (Tomb-Sweeping Day)
    .note = On the Qingming solar term (4 or 5 April); usually a three-day weekend, with a substitute day on the next working day when it falls on a weekend. A time for honouring ancestors, not for celebratory marketing.
holiday-labour-day = Labour Day holiday
    .note = Two statutory days since 2025 (1 and 2 May; only 1 May before), which the State Council's schedule stretches with weekend swaps into a break of about five days (usually 1–5 May); peak domestic travel, slow replies and deliveries.
holiday-shopping-festival-618 = 618 mid-year shopping festival
    .note = Started as JD's anniversary sale and now run by all major platforms; pre-sales and coupons start in late May, so prepare stock and listings early.
holiday-dragon-boat = Dragon Boat Festival (Duanwu)
    .note = Fifth day of the fifth lunar month; zongzi gift boxes sell in the weeks before. Usually a three-day weekend; a weekend date is made up on the next working day.
holiday-mid-autumn = Mid-Autumn Festival
    .note = 15th day of the 8th lunar month; mooncakes and corporate gift boxes sell for a month before. A weekend date is made up on the next working day. When it falls close to 1 October it joins the National Day break into an eight-day holiday.
holiday-national-day = National Day Golden Week
    .note = Three statutory days (1–3 October), made up on working days when they fall on a weekend; the State Council's schedule adds weekend swaps for a seven-day break (about 1–7 October), with one or two weekend days worked before or after it. Offices and many suppliers close; domestic travel and spending peak.
holiday-singles-day = Singles' Day (Double 11)
    .note = The world's largest shopping festival; pre-sales and deposits start in mid to late October. Double 12 (12 December) is a smaller follow-up sale.

etiquette-salutation = On marketplaces, the customary friendly address is "qin" (亲, roughly "dear"); in formal or business messages use the surname plus xiansheng (Mr) or nüshi (Ms). Never address a buyer by given name alone.
    .title = Salutation
etiquette-reply-time = Buyers expect a reply on platform chat within minutes during the day; set an automatic greeting and out-of-hours reply, then answer properly within two hours at most. Slow replies lose the sale and hurt your shop rating.
    .title = Reply time
etiquette-payment = Alipay and WeChat Pay dominate; foreign credit cards are rare. Show prices in CNY including tax and shipping, and make clear whether duties for cross-border orders are included.
    .title = Payment
etiquette-emoji = Emoji and stickers are welcome in chat, but do not use the "slight smile" emoji 🙂 (weixiao): in China it reads as cold or sarcastic. Use 😊, a thumbs-up or a friendly sticker instead.
    .title = Emoji
etiquette-bargaining = Buyers routinely ask for a discount, a coupon, free shipping (baoyou) or a small free gift; plan a small concession in advance rather than refusing flatly. Online purchases carry a legal seven-day no-reason return right for most goods, so state your return terms clearly.
    .title = Bargaining and returns

taboo-number-4 = Avoid the number 4 in prices, product sets and packaging; prefer 6, 8 and 9.
    .rationale = The word for four (si) sounds like "death"; 6, 8 and 9 sound like smooth, prosperity and long-lasting.
taboo-clock-gift = Do not suggest clocks as gifts or include them as free gifts.
    .rationale = The phrase "giving a clock" (song zhong) sounds like attending someone's deathbed.
taboo-green-hat = Do not show a man wearing a green hat.
    .rationale = The phrase "wearing a green hat" means being cheated on by one's wife.
taboo-problem-maps = Never use maps that omit Taiwan, the South China Sea islands or other territory China claims, or that draw borders differently from China's official standard maps.
    .rationale = Such "problem maps" breach China's map regulations; customs seize goods and printed matter carrying them, and they cause public backlash.
taboo-absolute-claims = Do not use absolute claims such as "best", "No. 1", "top-level" or "national-level" in listings and ads.
    .rationale = Article 9 of the Advertising Law bans superlative terms; platforms remove listings and regulators fine sellers for them.

## Commerce facts

commerce-payments = Alipay and WeChat Pay handle almost all online payments in mainland China; UnionPay cards are used mainly through them or for larger amounts. International cards are rarely accepted by Chinese buyers' banks for foreign shops, so offer Alipay or WeChat Pay.
commerce-marketplaces = Taobao and Tmall (Alibaba), JD.com, Pinduoduo and Douyin's live-stream shopping are where Chinese buyers shop; imported goods are sold mainly through cross-border channels such as Tmall Global and JD Worldwide.
commerce-import = Cross-border e-commerce retail imports through a registered platform pay no duty within CNY 5,000 per order and CNY 26,000 per year per buyer, and import VAT and consumption tax at 70% of the normal rate; the platform or its agent collects and declares, and the buyer's real name and ID number must match the payer's. Goods bought directly from a foreign shop come as personal postal articles and pay the postal article tax (13%, 20% or 50% by category); it is waived when the tax due is CNY 50 or less. Mismatched buyer names and ID numbers, and goods outside the positive list, are the usual reasons for holds.
commerce-delivery = Direct parcels from the EU take about 10-25 days by post, 4-8 by express; cross-border e-commerce goods often ship from bonded warehouses inside China in 1-5 days. SF Express, China Post/EMS, JD Logistics and the Cainiao network deliver, with lockers and pickup stations. Addresses run from large to small: province, city, district, street and number, building and room, then the name; the postcode has six digits.
commerce-returns = Consumers may return goods bought online within 7 days of receipt without giving a reason (Consumer Rights Protection Law, art. 25), except custom-made, fresh and perishable goods, digital goods and a few others; the buyer pays the return shipping unless agreed otherwise.
commerce-customs-id = For cross-border e-commerce imports, customs checks the buyer's real name and 18-digit resident identity card number against the payer of the order; the platform collects them at checkout. Tell the buyer that the name on the order must be that of the payer.
    .name = Resident identity card number
