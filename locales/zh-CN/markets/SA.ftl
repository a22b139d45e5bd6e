market-name = 沙特阿拉伯
market-summary = 海湾地区最大的市场：买家年轻、习惯用手机、消费力强，斋月和国家节日期间购物尤为集中。请用阿拉伯语在 WhatsApp 上沟通，快速回复，用里亚尔标含增值税的价格，图片保持端庄，不要出现宗教或国家标志。
business-hours = 工作周为周日至周四，周五和周六是周末。办公时间一般为 9:00–17:00，斋月期间缩短；许多商店下午休息，晚上营业到很晚。周五中午聚礼前后、开斋节和宰牲节假期、建国日和国庆日不要期待回复。

channel-whatsapp = 日常咨询、订单确认和送货协调的首选渠道。请使用 WhatsApp Business 账号，设置阿拉伯语资料和快捷回复。
channel-instagram = 对服饰、美妆、香水和家居类商品至关重要；很多买家下单前会私信询问价格和尺码。
channel-tiktok = 深受沙特年轻人喜爱；用阿拉伯语短视频和达人合作做新品发布和节日营销。
channel-x = 广泛用于资讯和品牌公开互动；适合发布活动公告和公开回复，切勿讨论订单细节。
channel-email = 主要用于发票、收据和正式的售后记录，而不是日常对话。
channel-snapchat = 沙特使用最广泛的应用之一（DataReportal《Digital 2024 沙特阿拉伯》）；品牌在这里发布动态和优惠，买家会直接回复提问。订单细节请转到 WhatsApp 处理。

holiday-founding-day = 建国日（Founding Day）
    .note = 2 月 22 日，自 2022 年起为法定假日，纪念 1727 年第一沙特国家建立；适合做传统文化主题促销。若逢周五，改为周四放假；若逢周六，改为周日放假。
holiday-ramadan = 斋月
    .note = 按伊斯兰历为期约 29–30 天（以观月确认开始，可能相差一天）。全年最大的购物季：开斋饭后到深夜最活跃，开斋节前最后十天消费达到高峰。
holiday-eid-al-fitr = 开斋节
    .note = 斋月结束。私营部门从斋月 29 日的次日起放假四天（斋月有 30 天时，假期从斋月最后一天开始）；假期中落在周五或周六的日子由雇主在假期前或后补休，政府机关放假时间长得多。日期以最高法院观月结果为准。节前几周新衣、香水、甜点和礼品热销。
holiday-arafat-day = 阿拉法特日
    .note = 伊斯兰历 12 月 9 日，朝觐最重要的一天，也是私营部门四天宰牲节假期（伊斯兰历 12 月 9–12 日）的第一天；可能因观月相差一天。
holiday-eid-al-adha = 宰牲节（古尔邦节）
    .note = 伊斯兰历 12 月 10 日起；机构停工，许多家庭外出旅行。假期中落在周五或周六的日子由雇主在假期前或后补休。日期以观月确认。
holiday-national-day = 沙特国庆日
    .note = 9 月 23 日，法定假日，也是全年最大的促销节点之一，营销以绿色为主题。不要把国旗印在商品或赠品上。若逢周五，改为周四放假；若逢周六，改为周日放假。
holiday-singles-day = 11.11 大促
    .note = noon、Amazon.sa 等平台和应用都有大型 11.11 促销；请提前两周备货和投放广告。
holiday-white-friday = 白色星期五
    .note = 海湾地区对黑色星期五的叫法，亚马逊和许多零售商使用；促销通常持续一周或更久。

etiquette-salutation = 用头衔加名字称呼买家，如“Mr Abdullah”或“Ustadh Abdullah”；女性可称“Ms Noura”或直接称“Madam”。先用“As-salamu alaykum”等问候语，再谈正事。
    .title = 称呼
etiquette-arabic = 买家用阿拉伯语时就用阿拉伯语回复；很多人也看得懂英语，但阿拉伯语更显尊重。回复内容请母语者把关；日期用公历，必要时附上伊斯兰历日期。
    .title = 语言
etiquette-prayer-and-friday = 每日五次礼拜决定了一天的节奏；礼拜时间和周五中午聚礼前后不要打电话或催促答复。斋月可问候“Ramadan Kareem”，开斋节和宰牲节问候“Eid Mubarak”。
    .title = 礼拜与周五
etiquette-ramadan-hours = 斋月期间工作时间缩短（法律规定穆斯林员工每天最多工作六小时），买家多在深夜活跃；请把消息、在线客服和食品促销安排在晚上开斋饭（iftar）和封斋饭（suhoor）前后。
    .title = 斋月时段
etiquette-payment = 支持 mada 借记卡、Apple Pay、STC Pay 和信用卡；大额订单常用先买后付（Tabby、Tamara）。仍有部分买家习惯货到付款，发货前通过 WhatsApp 确认订单可减少拒收。
    .title = 支付
etiquette-modest-contact = 与女性买家沟通以文字为主，除非对方提出通话；语气要尊重，绝不索要个人照片，只谈订单相关事宜。
    .title = 得体沟通

taboo-national-religious-symbols = 不要在商品、包装或促销品上使用沙特国旗、棕榈双剑国徽、领导人姓名或肖像、《古兰经》经文、真主之名或其他宗教符号。
    .rationale = 国旗上写有伊斯兰教的清真言；商务部禁止在商业中使用国旗、国徽、领导人肖像和宗教符号，印有这些内容的物品被丢弃会冒犯信徒。
taboo-alcohol-pork = 不要销售、展示或提及酒类和猪肉，包括食谱、礼盒和生活场景图片。
    .rationale = 两者在伊斯兰教中都是禁忌；沙特禁止进口猪肉，并禁止普通公众饮酒和购买酒类。
taboo-immodest-imagery = 广告和包装中避免暴露服装、亲密姿势和暗示性标语；模特着装应端庄。
    .rationale = 广告须遵守公共礼仪规定，此类图片会冒犯许多买家。
taboo-left-hand = 图片和视频中，递送、食用或接收商品时要用右手。
    .rationale = 左手被视为不洁，不用于进食和递物。
taboo-shoe-soles = 不要展示鞋底或脚底朝向观众或他人。
    .rationale = 在阿拉伯文化中，露出鞋底是一种侮辱。
seasonal-hours-ramadan = 斋月期间，政府机关工作时间为 10:00–15:00（不超过五小时），私营企业须将穆斯林员工的每日工时缩短至六小时（《劳动法》第 98 条）；开斋饭之后商店和买家才活跃起来。

## Commerce facts

commerce-payments = 最常用的是 mada 借记卡（通常通过 Apple Pay 支付）；其次是信用卡、Tabby 和 Tamara（先买后付）、STC Bank 以及货到付款。结账必须支持 mada，而不只是 Visa 和 Mastercard。
commerce-marketplaces = 亚马逊沙特站和 noon 领先；SHEIN、Temu 和 Trendyol 是强势的跨境卖家。
commerce-import = 每个进口包裹都须缴纳 15% 增值税。关税多为 5%（部分商品更高）；根据海湾合作委员会规定，货值 1,000 里亚尔以内的包裹曾长期免征关税，但本资料未能确认该豁免是否仍然适用，因此不列关税起征点。由快递公司在派送前收取；部分商品（化妆品、电子产品）需符合 SFDA 或 SASO 的合格要求。
commerce-delivery = 从中国 7-18 天，从欧盟 6-14 天，快递 3-6 天；承运商有沙特邮政（SPL）、Aramex、SMSA 和平台物流。地址使用国家地址：建筑号、街道、区、城市、五位邮编和四位附加号；也可使用简短的国家地址代码。
commerce-returns = 《电子商务法》允许消费者在收货后 7 天内取消网购（商品未使用），定制商品等少数商品除外；除商品有缺陷外，退货费用由消费者承担。
