market-name = 阿联酋
market-summary = 富裕而国际化的市场，大多数居民是外籍人士：英语可以覆盖大部分买家，阿拉伯语更能打动本地阿联酋人。买家期望 WhatsApp 快速回复、配送迅速、用迪拉姆标出含 5% 增值税的价格，并尊重当地习俗，斋月期间尤其如此。
business-hours = 自 2022 年起，联邦政府周一至周四上班，周五上午半天；大多数私营企业周一至周五上班，约 9:00–18:00，也有公司周六上班，沙迦政府实行三天周末。周五中午聚礼时段各项活动暂停。商场和网购在晚上和周末最活跃。

channel-whatsapp = 咨询、订单确认和预约送货时段的主要渠道。文字消息正常可用，但 WhatsApp 语音和视频通话一般被屏蔽，需要通话时请打电话。
channel-instagram = 服饰、美妆、香水和生活方式品牌的核心阵地；买家通过私信询问价格和库存。
channel-email = 发票、收据、保修和正式投诉应使用邮件；除非买家用阿拉伯语，否则用英语书写。
channel-tiktok = 适合种草和达人合作营销；视频请使用英语或阿拉伯语。
channel-snapchat = 在阿联酋使用广泛（DataReportal《Digital 2024 阿联酋》），适合发布动态、优惠和新品；在这里简短回答问题，订单请转到 WhatsApp 或电子邮件。

holiday-new-year = 元旦
    .note = 1 月 1 日，政府和私营部门统一放假；自 2025 年起内阁可将其调整到周初或周末。
holiday-ramadan = 斋月
    .note = 斋戒之月（以观月确认开始，可能相差一天）。重要的购物季；工作时间缩短，买家在晚上和深夜最活跃。
holiday-eid-al-fitr-eve = 开斋节假期（斋月最后一天）
    .note = 斋月满 30 天时，最后一天也计入开斋节假期（2024 年以前斋月第 29 天也放假）。开斋节前一天机关企业可能就已休息。
holiday-eid-al-fitr = 开斋节
    .note = 伊斯兰历 10 月 1 日至 3 日，以观月结果为准；加上斋月第 30 天，所有部门共放假三到四天。节前礼品、服装和香水销量最高。
holiday-arafat-day = 阿拉法特日
    .note = 伊斯兰历 12 月 9 日，法定假日，开启为期四天的宰牲节假期；可能因观月相差一天。
holiday-eid-al-adha = 宰牲节（古尔邦节）
    .note = 伊斯兰历 12 月 10 日至 12 日，所有部门放假；许多居民出行。
holiday-islamic-new-year = 伊斯兰新年
    .note = 伊斯兰历 1 月 1 日，放假一天；内阁常将其调整到周初或周末（2025 年为周五，2026 年为周一）。
holiday-mawlid = 先知诞辰
    .note = 伊斯兰历 3 月 12 日，放假一天；内阁常将其调整到周初或周末。
holiday-singles-day = 11.11 大促
    .note = noon、Amazon.ae 等平台都有大型 11.11 促销；请提前两周准备广告和库存。
holiday-white-friday = 白色星期五
    .note = 海湾地区对黑色星期五促销的叫法，通常持续一周；12 月紧接着是迪拜购物节。
holiday-commemoration-day = 烈士纪念日（Commemoration Day）
    .note = 11 月 30 日，纪念为国捐躯的阿联酋人：上午 11 点默哀一分钟，降半旗。2022 年以前会在 12 月 1 日放假；当天的促销宜低调。
holiday-national-day = 国庆日（Eid Al Etihad）
    .note = 12 月 2–3 日，所有部门放假两天（内阁可能调整日期，如 2025 年改为 12 月 1–2 日）。国庆大促常用国旗配色；不要滥用国旗或领导人肖像。

etiquette-salutation = 用头衔加名字称呼，如“Mr Ahmed”或“Ms Fatima”；“Sir”和“Madam”也很常用。谈正事前先简短问候（“Hello”，对阿拉伯买家可用“As-salamu alaykum”）。
    .title = 称呼
etiquette-language = 英语是商务通用语言；买家用阿拉伯语写信时用阿拉伯语回复。不要根据名字推断国籍或宗教，很多买家来自南亚、菲律宾或欧洲。
    .title = 语言
etiquette-reply-time = 买家期望工作时间内几小时内在 WhatsApp 上得到首次答复，并给出明确的送货时段；迪拜和阿布扎比普遍提供当日或次日达。
    .title = 回复时效
etiquette-ramadan-and-friday = 斋月期间用“Ramadan Kareem”问候买家，开斋饭前后不要期待回复，在线客服移到晚上。周五中午聚礼时避免打电话。
    .title = 斋月与周五
etiquette-payment = 银行卡和 Apple Pay 为主；先买后付（Tabby、Tamara）使用广泛。货到付款仍然常见，发货前请先确认 COD 订单。
    .title = 支付

taboo-religious-text = 绝不要把《古兰经》经文、真主或先知之名印在商品、包装或可能被丢弃、踩踏的物品上。
    .rationale = 这被视为亵渎，在阿联酋侮辱宗教属于犯罪。
taboo-criticising-state = 不要在帖子、广告或消息中批评或调侃统治者、国家、伊斯兰教或其他宗教。
    .rationale = 网络犯罪法和反歧视法会惩处此类内容，企业发布的网络内容也不例外。
taboo-alcohol-pork = 面向大众的营销中不要出现酒类或猪肉，上架前先核实进口规定。
    .rationale = 两者只在持证情况下或在面向非穆斯林的专区销售，且会冒犯穆斯林买家。
taboo-immodest-imagery = 广告和包装中模特着装要端庄，避免亲密场景。
    .rationale = 媒体内容标准要求尊重公共道德；带暗示性的图片会招致投诉并被下架。
taboo-left-hand = 图片和视频中，递送、食用或接收商品时用右手。
    .rationale = 许多阿拉伯和南亚买家认为左手不洁，不用于进食和递物。
seasonal-hours-ramadan = 斋月期间，联邦政府部门周一至周四工作时间为 9:00–14:30，周五为 9:00–12:00，私营企业每天工时缩短两小时；开斋饭之后的晚上更容易得到回复。

## Commerce facts

commerce-payments = 以银行卡和 Apple Pay 为主；货到付款仍被广泛使用，Tabby 和 Tamara 的先买后付也很受欢迎。货到付款订单发货前请电话或 WhatsApp 确认，以减少拒收。
commerce-marketplaces = 亚马逊阿联酋站和 noon 领先；SHEIN、Temu 和 Trendyol 是强势的跨境卖家。
commerce-import = 根据海湾合作委员会海关规定，货值 1,000 迪拉姆以内的个人包裹免征 5% 关税（烟酒除外）；超过时征收关税。进口须缴纳 5% 增值税；低值包裹实际如何征税，本资料未能确认。由快递公司在派送前收取费用。
commerce-delivery = 从中国 5-15 天，从欧盟 5-12 天，快递 2-5 天；承运商有 Aramex、阿联酋邮政、快递公司和平台物流。阿联酋不使用邮编：请写明楼名、街道、区域、城市和酋长国，附上地标和买家手机号，快递员会打电话联系。
commerce-returns = 阿联酋法律对网购没有通用的冷静期，按店铺退货政策处理；有缺陷的商品受消费者保护法保护。
