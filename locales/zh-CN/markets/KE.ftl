market-name = 肯尼亚
market-summary = 东非的电商中心，建立在移动支付之上：几乎所有买家都用 M-Pesa 付款，用手机在 Jumia、Kilimall、社交媒体和 WhatsApp 上购物。态度要友好礼貌，先寒暄再谈生意，通过电话或 WhatsApp 确认订单，并支持 M-Pesa 付款。
business-hours = 办公时间为周一至周五，约 8:00–17:00，中午休息一小时；许多商家周六上午也营业。法定假日若逢周日，顺延至下一个不是假日的日子（《公共假日法》第 4 条）。圣诞和新年期间很多人回乡，配送会变慢。

channel-whatsapp = 咨询、看图、确认订单和送货通知的主要渠道；请使用带商品目录的 WhatsApp Business。
channel-phone = 买家和骑手常打电话确认订单和路线；请准备一个有人接听的本地号码。
channel-sms = 依然重要：M-Pesa 付款确认、订单和送货通知即使没有流量也能送达每部手机。
channel-facebook-messenger = Facebook 是最常用的社交网络之一；很多买家在主页和 Messenger 里提问。
channel-tiktok = 在城市年轻买家中增长迅速，适合种草和达人推广。

holiday-new-year = 元旦
    .note = 1 月 1 日；若逢周日，顺延至下一个非假日。
holiday-easter = 复活节长周末（耶稣受难日至复活节星期一）
    .note = 耶稣受难日和复活节星期一是法定假日；连同周末，很多人休息四天。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，法定假日。
holiday-madaraka-day = 自治日（Madaraka Day）
    .note = 6 月 1 日，纪念 1963 年实现自治的国家节日。
holiday-eid-al-fitr = 开斋节（Idd-ul-Fitr）
    .note = 以内政部长在政府公报中宣布的日期放假，通常只提前几天公布，有时比沙特晚一天。沿海和东北部地区最为重视。
holiday-eid-al-adha = 宰牲节（Idd-ul-Azha）
    .note = 每年由内政部长在政府公报中宣布为公共假日（一天，即肯尼亚穆斯林过节的日子）；节前牲畜和食品销量上升。
holiday-mazingira-day = 环境日（Mazingira Day）
    .note = 10 月 10 日；2024 年由文化日（Utamaduni Day）更名而来，主题是植树和环境保护。
holiday-mashujaa-day = 英雄日（Mashujaa Day）
    .note = 10 月 20 日，纪念独立运动英雄的国家节日。
holiday-black-friday = 黑色星期五
    .note = Jumia、Kilimall 和大型零售商会在十一月开展为期一周或一个月的促销。
holiday-jamhuri-day = 共和国日（Jamhuri Day）
    .note = 12 月 12 日，独立与共和国纪念日，也是节日购物季的开端。
holiday-christmas = 圣诞节和节礼日
    .note = 12 月 25–26 日；落在周日的一天顺延至下一个非假日的工作日（2021 年和 2022 年均为 12 月 27 日）。全年最大的购物季，很多人返乡；请尽早公布发货截止日期。

holiday-good-friday = 耶稣受难日
    .note = 法定假日；大多数商店和办公室关门。
holiday-easter-monday = 复活节星期一
    .note = 法定假日；办公室关门。

etiquette-salutation = 初次联系时用头衔加姓氏（“Mr Otieno”“Mrs Wanjiru”）或“Sir”“Madam”；肯尼亚人很快会改用名字，跟随买家的习惯即可。
    .title = 称呼
etiquette-greetings = 谈正事前一定先问候并问对方近况（“Hello, how are you?”或“Habari”）；开门见山会显得冷淡。对方常委婉地表达拒绝，所以细节要确认清楚。
    .title = 寒暄
etiquette-m-pesa = 通过 Paybill 或 Till 号码（Lipa na M-Pesa）收款，并告知买家付款时会看到的商户名称；首单常用现金或 M-Pesa 货到付款。绝不要让买家把钱转到个人号码。
    .title = 支付
etiquette-reply-time = 在 WhatsApp 上几小时内回复，前一天确认送货时间；买家和骑手都希望到达时先打电话。
    .title = 回复时效
etiquette-swahili = 用英语书写；加一句斯瓦希里语的问候或感谢（“Asante sana”“Karibu”）会很受欢迎。Sheng（内罗毕街头俚语）只适合面向年轻人的轻松营销。
    .title = 语言

taboo-plastic-bags = 不要用塑料购物袋包装发货；请使用纸袋、纸箱或其他允许的包装。
    .rationale = 肯尼亚自 2017 年起禁止使用、生产和进口塑料购物袋，违者会被处以高额罚款甚至监禁。
taboo-ethnic-politics = 营销和消息中不要涉及部族和党派政治。
    .rationale = 民族和选举矛盾十分敏感，曾引发暴力冲突；仇恨言论属于犯罪。
taboo-counterfeits = 不要销售假冒或仿冒品牌的商品。
    .rationale = 反假冒局会查扣假货，卖家将面临罚款和起诉。
taboo-lgbt-content = 广告中慎用同性恋爱题材的图片。
    .rationale = 同性性行为在肯尼亚属于刑事犯罪，影视内容监管机构曾禁止 LGBT 题材内容。

## Commerce facts

commerce-payments = M-Pesa（Lipa na M-Pesa、paybill 和 till 号）是默认的付款方式，货到时也用它付款；其次是银行卡和 Airtel Money。
commerce-marketplaces = 主要平台是 Jumia 和 Kilimall，主要分类信息网站是 Jiji；许多卖家通过社交媒体和 WhatsApp 销售。
commerce-import = 包裹在清关时按东非共同体关税缴纳进口关税、16% 增值税及其他费用（进口申报费、铁路发展税），由快递公司或肯尼亚邮政收取；本资料不列免税额度。
commerce-delivery = 从中国 10-30 天，从欧盟 7-20 天，快递 4-8 天；由快递公司、肯尼亚邮政和自提代理点派送。许多地址是带邮编的邮政信箱（00100 为内罗毕邮政总局）；送货时请写明楼名、道路、区域和电话号码。
commerce-returns = 肯尼亚法律对网购没有通用的冷静期，按店铺政策处理；《2012 年消费者保护法》保护购买有缺陷商品的买家。
