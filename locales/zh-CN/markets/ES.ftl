market-name = 西班牙
market-summary = 热情、以手机为主的市场：买家用手机购物，用 WhatsApp 联系卖家，期待亲切、有人情味、使用西班牙本地西语的沟通。请给出明确的送达日期和便捷的退货方式，并围绕三王节（1 月 6 日）、一月折扣季和黑色星期五安排活动。
business-hours = 很多公司周一至周五约 9:00–14:00 和 16:00–19:00 上班，中午午休较长；七八月很多公司改为上午连续工作制（约 8:00–15:00）。加那利群岛比本土晚一小时。各自治区另有节日：圣星期四在大多数地区放假（加泰罗尼亚不放，瓦伦西亚有些年份也不放），复活节星期一在加泰罗尼亚、瓦伦西亚、巴利阿里群岛、巴斯克和纳瓦拉放假。全国性节日逢周日时，只有部分自治区改在周一补休。八月很多企业放慢节奏或停业。

channel-whatsapp = 西班牙人日常沟通的默认工具，也越来越多地用来联系商家。用 WhatsApp Business 处理售前咨询、订单通知，买家同意后也可推送优惠。
channel-email = 订单、发票、退货和投诉的正式记录；平台和支付机构的通知也都发到邮箱。
channel-instagram = 服饰、美妆和家居类的强势渠道；买家通过私信做售前咨询，并关注品牌获取优惠信息。
channel-marketplace-chat = 很多跨境咨询来自平台站内信（Amazon.es、AliExpress、Miravia、Vinted）；请在 24 小时内用西班牙语回复。

holiday-new-year = 元旦（Año Nuevo）
    .note = 全国性节日。圣诞购物季一直持续到三王节。
holiday-epiphany = 三王节（Día de Reyes）
    .note = 1 月 6 日，各地都放假，是西班牙孩子收礼物最重要的日子，比圣诞节更重要。包裹要在 1 月 5 日前送达：请尽早公布最后下单日期。
holiday-winter-sales = 一月折扣季（Rebajas de enero）
    .note = 传统上在三王节次日即 1 月 7 日开始；自 2012 年起商家可自行决定折扣时间，很多网店会提前开始。夏季折扣季传统上从 7 月 1 日开始。
holiday-good-friday = 耶稣受难日（Viernes Santo）
    .note = 全国性节日，正值圣周（Semana Santa），很多人外出旅行；大多数地区圣星期四也放假。
holiday-labour-day = 劳动节（Fiesta del Trabajo）
    .note = 5 月 1 日，全国性节日。
holiday-assumption-day = 圣母升天节（Asunción de la Virgen）
    .note = 8 月 15 日，正值暑假，很多企业停业或节奏放缓。
holiday-national-day = 西班牙国庆日（Fiesta Nacional de España）
    .note = 10 月 12 日，全国性节日。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；是西班牙最大的线上购物节之一，常延长为一整周。
holiday-constitution-day = 宪法日（Día de la Constitución）
    .note = 12 月 6 日；与 12 月 8 日的圣母无染原罪节连成“十二月长周末”（puente de diciembre），是圣诞采购的繁忙时段。
holiday-christmas-day = 圣诞节（Navidad）
    .note = 全国性节日；12 月 24 日晚上（Nochebuena）是家庭团聚的时刻。送礼采购从黑色星期五一直持续到三王节。

holiday-all-saints = 诸圣节（Todos los Santos）
    .note = 11 月 1 日全国性假日，家人扫墓。逢周日时，部分自治区改在周一放假。
holiday-immaculate-conception = 圣母无染原罪节（Inmaculada Concepción）
    .note = 12 月 8 日全国性假日；与 12 月 6 日宪法日常连成"搭桥"长假（puente），也拉开圣诞购物季的序幕。

etiquette-salutation = 用 “Hola” 加买家的名字开头，亲切而不失分寸；遇到正式投诉、年长买家，或买家本身用语正式时，改用 “Estimado/a” 加姓氏并使用尊称 “usted”。结尾用 “Un saludo” 或 “Saludos cordiales”。
    .title = 称呼
etiquette-spain-spanish = 使用西班牙本地的西语（用 vosotros、本地词汇、欧元价格），不要用拉美西语或机器翻译。在加泰罗尼亚、加利西亚和巴斯克，有些买家喜欢看到当地语言，但西班牙语在任何地方都没有问题。
    .title = 西班牙本地西语
etiquette-warm-tone = 西班牙人看重亲切、有人情味的语气：感谢买家、表达理解，并尽快解决问题。冷冰冰、纯公式化的回复会显得疏远。
    .title = 语气亲切
etiquette-reply-time = 在 WhatsApp 上，买家期望白天几小时内得到回复；邮件则在一个工作日内回复。
    .title = 回复时效
etiquette-late-schedule = 西班牙作息偏晚：午饭约在 14:00–16:00，晚饭在 21:00 以后，买家晚上上网最活跃。优惠信息请在上午十点前后或晚上发送，不要在午饭时间发；八月回复会很慢。
    .title = 作息偏晚
etiquette-payment-methods = 大多数买家用银行卡或 PayPal 付款；Bizum 是大多数西班牙人使用的即时银行支付，越来越多网店支持；也有买家仍要求货到付款（contra reembolso）。网购买家有 14 天的撤回期。
    .title = 支付方式
etiquette-emoji = 在 WhatsApp 和 Instagram 聊天中，表情符号很常见，显得亲切；邮件和投诉回复中请保持简洁、不用表情。
    .title = 表情符号

taboo-tuesday-13 = 避免在 13 日星期二启动活动或约定送达日期。
    .rationale = 在西班牙，传统的不吉利日子是 13 日星期二（martes y trece），而不是星期五。
taboo-chrysanthemums = 不要用菊花作礼品或节日装饰。
    .rationale = 菊花是诸圣节（11 月 1 日）带去墓地的花，与死亡联系在一起。
taboo-horns-gesture = 不要展示冲着某人比出的“牛角”手势（竖起食指和小指）。
    .rationale = 在西班牙，这个手势表示“戴绿帽子”（cuernos），是一种侮辱。
taboo-regional-politics = 营销和消息中不要涉及地区独立、佛朗哥和西班牙内战等话题。
    .rationale = 这些话题在西班牙社会分歧极深；无论站哪一边，哪怕是开玩笑，都会得罪一部分买家。

## Commerce facts

commerce-payments = 西班牙买家首选刷卡，其次是 PayPal；按手机号即时付款的 Bizum 正在进入网店。仍有部分网店提供货到付款（contra reembolso），通常要加收费用。
commerce-marketplaces = 亚马逊领先；速卖通在西班牙长期受欢迎，Temu 和 SHEIN 增长迅速；二手时尚有 Vinted。TikTok Shop 于 2024 年 12 月进入西班牙。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（21%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货经邮政或跨境专线约 7-20 天（速卖通标准物流常为 7-12 天），快递 3-6 天；欧盟境内 2-6 天。承运商有 Correos、SEUR、MRW、GLS 及自提点。注意：加那利群岛、休达和梅利利亚不在欧盟增值税区内，另有本地税（IGIC、IPSI）。地址：街道、门牌号、楼层和门号（Calle Mayor 5, 3º B），然后是邮编和城市（28013 Madrid）。
commerce-returns = 消费者在收到网购商品后 14 天内可无理由撤销合同；卖家须在 14 天内退款（含标准运费），并须告知买家这项权利，否则期限最多延长 12 个月。向欧盟消费者销售的欧盟以外卖家同样受此约束。
