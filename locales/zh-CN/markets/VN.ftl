market-name = 越南
market-summary = 年轻、移动化、对价格敏感的市场：买家下单前习惯先私信店铺，喜欢优惠券和包邮，很多订单仍用货到付款。请在 Zalo 或 Messenger 上快速回复，越南语必须带完整声调符号，所有计划都要围绕春节（Tết）来安排。
business-hours = 公司工作日 8:00–17:00 上班，12:00–13:00 前后午休（常常更长，有午睡习惯）；不少私企周六上午也上班。法定假日逢周末时在下一个工作日补休。春节是最长的停摆期：官方假期通常 7–9 天，但供应商和物流前后两三周都会放缓。

channel-zalo = 越南的国民级通讯应用，大多数智能手机用户都在用；开设 Zalo 官方账号，用于订单确认、物流通知和售后，买家常发语音和图片。
channel-facebook-messenger = Facebook 主页、群组和直播仍是重要的销售渠道；买家先评论再私信（“inbox”）问价，私信要快速回复。
channel-marketplace-chat = Shopee、Lazada 和 TikTok Shop 的平台聊天处理咨询和退货；回复率会影响店铺评分。
channel-tiktok = TikTok Shop 的短视频和直播贡献了很大一部分线上销售；直播中和直播后都要回复评论。
channel-facebook = Facebook 公共主页是小店常用的“店面”；买家会在帖子下评论“ib”（请私信我）询价。请通过私信回复；如果价格会变动，不要在评论里公开报价。

holiday-new-year = 元旦（Tết Dương lịch）
    .note = 1 月 1 日放假一天；逢周末顺延到下一个工作日。
holiday-tet-eve = 除夕（Giao thừa）
    .note = 农历除夕，每年都在 5 天法定春节假期之内；家人团聚，下午起基本没人回复。
holiday-tet = 春节（Tết Nguyên Đán）
    .note = 农历正月初一至初三，是节日的核心；节前约一个月是购物高峰，除夕前最后一周快递会停运或明显放缓。越南农历按河内时间计算，因此 2030 年越南春节比中国早一天（2 月 2 日）。
holiday-tet-holiday = 春节假期（官方放假日）
    .note = 《劳动法》规定春节带薪放假 5 天，具体是哪 5 天由总理每年决定：通常是除夕前一两天加上节后三四天（2026 年为 2 月 16–20 日）。假日逢周末会补休，连同周末共放 7–9 天。在官方公布（通常在前一年秋季）之前，日历按除夕及之后 4 天计算。
holiday-womens-day = 国际妇女节
    .note = 3 月 8 日不放假，但是重要的送礼节日（鲜花、化妆品、首饰）；男性会给伴侣、母亲和女同事送礼物。
holiday-hung-kings = 雄王祭（Giỗ Tổ Hùng Vương）
    .note = 农历三月初十；法定假日一天，常与周末连休。
holiday-reunification-labour-day = 统一日与劳动节
    .note = 4 月 30 日和 5 月 1 日两天法定假日，通常与周末连在一起（常有调休），形成 4–5 天的出行假期。
holiday-national-day = 国庆节
    .note = 9 月 2 日，另有相邻的一天假（见“国庆假期”）；逢周末时在下一个工作日补休，常与周末和调换的工作日连成 4–5 天的假期。
holiday-national-day-holiday = 国庆假期（第二天）
    .note = 《劳动法》规定在 9 月 2 日前后再放一天，由政府每年在 9 月 1 日和 3 日中选定（2024 年为 9 月 3 日，2025、2026 年为 9 月 1 日）。在公布之前，日历按 9 月 1 日计算。
holiday-mid-autumn = 中秋节（Tết Trung thu）
    .note = 农历八月十五：以灯笼和玩具为主的儿童节日，也是月饼和企业礼品的销售旺季。不放假。
holiday-vietnamese-womens-day = 越南妇女节
    .note = 10 月 20 日，女性礼品的第二个高峰；节前两周重点推鲜花、化妆品和服饰。
holiday-double-eleven = 11.11 大促
    .note = Shopee、Lazada、TikTok Shop 规模最大的“双数日”大促；随后是 12.12 和黑色星期五，再接着进入春节购物季。
holiday-vietnamese-culture-day = 越南文化日
    .note = 11 月 24 日，越共中央政治局于 2026 年 1 月（第 80 号决议）确定其为带薪公休日，但要等《劳动法》修订后才真正放假，安排前请先确认修订是否已生效；这一天前后会有文化活动和主题促销。

holiday-working-day = 调休上班日（{ $holiday }）

etiquette-salutation = 称呼买家用“人称代词 + 名字”（名字是姓名的最后一个字）：男性用“anh”，女性用“chị”（如“chị Lan”）；店铺自称“em”或“shop”。正式通知中用“Quý khách”（尊敬的顾客）。
    .title = 称呼
etiquette-diacritics = 越南语一定要带完整的声调符号。不带声调的文字含义模糊，看起来像垃圾信息，也显得不用心；机器翻译要请母语者校对。
    .title = 规范越南语
etiquette-reply-time = 买家会同时私信好几家店，谁先回复就在谁家买；白天要在几分钟到一小时内回复，发货前通过消息或电话逐单确认。
    .title = 回复时效
etiquette-payment = 货到付款仍很普遍，先确认订单可减少拒收。VietQR 二维码转账和 MoMo、ZaloPay 等电子钱包增长很快；付款信息要写清楚，确认到账后再发货。
    .title = 支付
etiquette-freeship = 买家期待包邮（“freeship”）、优惠券和随单小礼品；把这些成本计入定价，而不是每单讨价还价，并说清楚哪些是免费的。
    .title = 包邮与优惠券

taboo-nine-dash-line = 切勿使用显示中国南海“九段线”的地图、地球仪、印刷品或商品界面（越南称该海域为“东海”Biển Đông）。
    .rationale = 越南不承认这一主张；曾因画面出现九段线禁映多部电影（《雪人奇缘》《神秘海域》《芭比》），并要求进口商拒收带有九段线的商品。
taboo-white-mourning = 礼品不要用白色或黑色包装。
    .rationale = 白色（以及黑色）是服丧和葬礼的颜色；红色和金色才吉利。
taboo-crossed-fingers = 广告和照片中不要出现食指与中指交叉的手势。
    .rationale = 在越南这是下流的侮辱手势，而不是祈求好运。
taboo-tet-bad-news = 农历新年头几天不要催款、投诉或传递坏消息。
    .rationale = 很多越南人相信年初的运气决定全年的运气，春节期间讨债、争吵被视为不吉利。

## Commerce facts

commerce-payments = 货到付款仍是最常见的网购付款方式，但 VietQR 银行转账和电子钱包（MoMo、ZaloPay、ShopeePay）增长很快；银行卡使用较少。买家可能拒收不再想要的货到付款包裹，发货前请先确认订单。
commerce-marketplaces = Shopee 领先，TikTok Shop 现居第二，其次是来赞达和 Tiki。
commerce-import = 自 2025 年 2 月 18 日起，货值 100 万越南盾以内的快件免税政策已取消：所有包裹都须缴纳进口关税和增值税，通过快递公司或在清关时缴纳。跨境平台还面临更严格的登记和税务规定。
commerce-delivery = 从中国 3-10 天（大量经陆运），从欧盟 8-20 天，快递 3-6 天；承运商有越南邮政、Viettel Post、GHN、GHTK、极兔和平台物流。地址：门牌号、巷、街道、坊或社，然后是省或市；自 2025 年 7 月起取消了县（郡）级，许多省份合并，请确认买家新的坊和省名称。
commerce-returns = 越南法律没有因改变主意而退回网购商品的通用权利，按店铺或平台政策处理；有缺陷的商品适用《消费者权益保护法》。
