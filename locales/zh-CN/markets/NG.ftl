market-name = 尼日利亚
market-summary = 非洲人口最多的市场：买家年轻、受社交媒体驱动，通过 Jumia、Instagram 卖家和 WhatsApp 购物。信任是关键：买家担心被骗，所以要回复迅速、态度尊重，展示真实照片和凭证，并提供货到付款或以奈拉计价的本地支付方式。
business-hours = 办公时间为周一至周五，约 8:00–17:00；市场和许多商店周六也营业。北部地区周五中午聚礼前后、周日上午（做礼拜）以及法定假日回复会变慢；假日若逢周六或周日，顺延到下一个不是假日的工作日，联邦政府会在几天前公布。

channel-whatsapp = 主要的销售和客服渠道；买家希望在上面聊天、看照片视频并确认送货。请使用带商品目录的 WhatsApp Business。
channel-instagram = 服饰、美妆、假发和数码产品的橱窗；买家会先看你的粉丝数、评价和被标记的帖子再决定是否信任你。
channel-phone = 很多买家会打电话确认订单或收货地址；配送骑手送货前也会先打电话。
channel-x = 尼日利亚人在 X 上非常活跃，投诉常在这里公开发酵，请礼貌回应，并把细节转到私聊处理。
channel-email = 用于收据、发票和正式投诉；较少用于日常对话。

holiday-new-year = 元旦
    .note = 1 月 1 日；若逢周末，顺延至下一个工作日。
holiday-easter = 复活节长周末（耶稣受难日至复活节星期一）
    .note = 耶稣受难日和复活节星期一是法定假日；很多人连休四天。
holiday-workers-day = 劳动节
    .note = 5 月 1 日，法定假日；若逢周末，顺延至下一个工作日。
holiday-democracy-day = 民主日
    .note = 6 月 12 日，自 2019 年起为法定假日（取代原来的 5 月 29 日）；若逢周末，顺延至下一个工作日。
holiday-independence-day = 独立日（国庆日）
    .note = 10 月 1 日，法定假日（若逢周末，顺延至下一个工作日）；常见绿白配色的主题促销。
holiday-eid-al-fitr = 开斋节
    .note = 由联邦政府（内政部）宣布放假两天，通常只提前几天公布，并参考索科托苏丹的观月结果，因此可能与其他国家相差一天；落在周末的一天顺延至下一个工作日，有时还会加放一天（如 2024 年 4 月 11 日）。北部地区服装和食品销售旺盛。
holiday-eid-al-adha = 宰牲节（Sallah）
    .note = 联邦政府宣布放假两天，落在周末的一天顺延至下一个工作日（如 2025 年 6 月 6 日周五和 6 月 9 日周一）；节前牲畜、服装和食品消费达到高峰。
holiday-mawlid = 先知诞辰
    .note = 按尼日利亚观月确定的伊斯兰历 3 月 12 日，由联邦政府宣布放假一天；若逢周末，顺延至下一个工作日。
holiday-black-friday = 黑色星期五
    .note = Jumia 等零售商把它做成贯穿整个十一月的大促，是全年最大的网购活动。
holiday-christmas = 圣诞节和节礼日
    .note = 12 月 25–26 日；“detty December”季是全年消费最高的时候，人们返乡，配送变慢。任何一天若逢周末，都顺延到其后的工作日（如 2021 年的 12 月 27 日和 28 日）。请尽早公布截单日期。

holiday-good-friday = 耶稣受难日
    .note = 法定假日；大多数商店和办公室关门。
holiday-easter-monday = 复活节星期一
    .note = 法定假日；办公室关门。

etiquette-salutation = 保持尊重：称呼“Sir”或“Ma”，或用头衔加姓氏（“Mr Okafor”“Mrs Bello”“Dr Adeyemi”，买家自称时也可用“Chief”“Alhaji”）。除非对方邀请，不要直呼年长买家的名字。
    .title = 称呼
etiquette-greetings-first = 谈正事前先问候（如“Good morning Sir, hope you are well”）；生硬简短的回复会显得无礼。保持热情、亲切的语气。
    .title = 先问候
etiquette-trust = 银行转账、货到付款和本地支付网关（Paystack、Flutterwave、Opay）是主流，以奈拉计价。许多奈拉卡的外币支付额度很低甚至为零，请避免只支持美元结账。分享真实照片、物流单号和收据来证明你是正规卖家。
    .title = 支付与信任
etiquette-reply-time = 在 WhatsApp 上几小时内回复；等太久的买家会以为遇到骗子，转而去找别的卖家。每个订单和每次送货都要发消息确认。
    .title = 回复时效
etiquette-pidgin = 用清晰的英语书写。很多买家用尼日利亚皮钦语聊天；买家用时你可以适度跟着用一点，但绝不能带有嘲弄意味地模仿。
    .title = 语言
etiquette-religion = 尼日利亚约一半人口是穆斯林（主要在北部），一半是基督徒（主要在南部）；开斋节和圣诞节都要向买家送上祝福，避免开宗教玩笑。
    .title = 宗教

taboo-waka = 绝不要展示五指张开、掌心推向他人的手势（“waka”手势）。
    .rationale = 这是尼日利亚最严重的侮辱之一，相当于诅咒对方。
taboo-left-hand = 图片中递送、接收或进食时用右手。
    .rationale = 在尼日利亚许多文化中，用左手递接东西被视为不尊重。
taboo-scam-stereotypes = 不要使用“419”“尼日利亚王子”之类的说法或诈骗笑话，核查付款时也不要暗示买家可能是骗子。
    .rationale = 这种刻板印象令人普遍反感；风控核查要中性处理，对所有买家一视同仁。
taboo-religious-ethnic-topics = 营销和消息中不要涉及宗教、民族矛盾、比夫拉问题和选举政治。
    .rationale = 这些话题容易引发分裂甚至暴力；选边站会失去大批买家。
taboo-alcohol-north = 不要向北部各州的买家推销酒类或展示饮酒场景。
    .rationale = 北部若干州实行伊斯兰教法并禁止售酒，当地买家大多是穆斯林。

## Commerce facts

commerce-payments = 银行转账是最常用的网络支付方式，其次是通过本地网关的银行卡（Verve、Visa、Mastercard）、货到付现金或转账，以及 OPay 等钱包。外币消费的银行卡额度很紧，尽量以奈拉定价。
commerce-marketplaces = 主要平台是 Jumia 和 Konga，主要分类信息网站是 Jiji；Temu 已赢得不少买家。
commerce-import = 包裹在清关时缴纳进口关税、7.5% 增值税及其他费用，由快递公司收取或在尼日利亚邮政的海关窗口缴纳；本资料不列免税额度。清关延误很常见。
commerce-delivery = 从中国 10-30 天，从欧盟 7-20 天，快递 4-8 天；DHL 等快递公司远比邮政可靠。很少使用邮编：请写明街道地址、区域、城市和州，附上地标和买家电话号码。
commerce-returns = 尼日利亚法律对网购没有通用的冷静期，按店铺政策处理；《2018 年联邦竞争与消费者保护法》保护购买有缺陷商品的买家。
