market-name = 德国
market-summary = 欧洲最大、也最挑剔的电商市场之一：买家会仔细阅读参数，看重可靠胜过噱头，也很清楚自己的消费者权利。请使用正确、正式的德语，提供完整信息（尺寸、材质、送达时间、完整的公司信息），并兑现每一个承诺。所有与订单相关的事务以电子邮件为主。
business-hours = 企业工作时间为周一至周五约 9:00–17:00，周五下午基本没人办公。商店和快递在周日及法定节日休息。除全国性节日外，部分联邦州还有自己的节日：主显节（1 月 6 日）、基督圣体节、圣母升天节（8 月 15 日）、宗教改革日（10 月 31 日）、万圣节（11 月 1 日），柏林和梅克伦堡-前波美拉尼亚州还有国际妇女节（3 月 8 日）。很多公司在圣诞节到新年之间放假。

channel-email = 订单、发票、退货和投诉的默认渠道。主题要准确并写明订单号，签名注明完整的公司名称和地址——德国买家很在意自己在和谁打交道。
channel-marketplace-chat = 跨境咨询大多来自平台站内信（Amazon.de、eBay.de、Otto、Kaufland）；请在 24 小时内用德语回复。
channel-whatsapp = 德国使用最多的即时通讯应用。适合快速答疑和物流通知，但很多买家注重隐私：只给主动联系你或明确同意接收消息的买家发信息。
channel-instagram = 适合服饰、美妆、家居和生活方式品牌；买家常通过私信做售前咨询。

holiday-new-year = 元旦（Neujahr）
    .note = 全国性节日。12 月 31 日不是法定节日，但多数企业提前下班。德国的节日逢周末不补休。
holiday-good-friday = 耶稣受难日（Karfreitag）
    .note = 全国性节日，也是“静默日”：喧闹的娱乐活动受限，营销活动要低调。复活节礼品在节前两周热销。
holiday-easter-monday = 复活节星期一（Ostermontag）
    .note = 全国性节日；很多人会在复活节前后休假一周。
holiday-labour-day = 劳动节（Tag der Arbeit）
    .note = 5 月 1 日，全国性节日。
holiday-mothers-day = 母亲节（Muttertag）
    .note = 五月的第二个星期日；鲜花、首饰、美妆和家居用品的送礼节点。请提早发货：周日不派件。
holiday-ascension-day = 耶稣升天节（Christi Himmelfahrt）
    .note = 复活节后第 39 天的星期四，同时也是德国的“父亲节”。很多人会在周五请假连休（桥休日）。
holiday-whit-monday = 圣灵降临节星期一（Pfingstmontag）
    .note = 全国性节日，在复活节后第 50 天。
holiday-german-unity-day = 德国统一日（Tag der Deutschen Einheit）
    .note = 10 月 3 日，国庆日，由《统一条约》确定。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；德国商家常把活动做成一整周的 “Black Week”。原价要真实：折扣必须以过去 30 天内的最低价为基准。
holiday-christmas = 圣诞节（Weihnachten）
    .note = 12 月 25 日和 26 日为全国性节日。12 月 24 日商店中午前后关门，大多数办公室不上班。送礼采购从黑五和将临期开始；请写明保证圣诞节前送达的最后下单日期。

etiquette-salutation = 开头用 “Sehr geehrte Frau …” 或 “Sehr geehrter Herr …” 加姓氏；语气稍亲切时可用 “Guten Tag Frau …”。只有买家先用名字，你才用名字称呼。结尾用 “Mit freundlichen Grüßen”。
    .title = 称呼
etiquette-sie-form = 除非你的品牌在所有场合都统一用 “du”，否则一律用尊称 “Sie”。德语文本请母语者审校：机器翻译的德语一眼就能看出来，会损害信任。
    .title = 使用尊称 “Sie”
etiquette-facts-first = 直接、准确、完整：逐条回答买家的问题，给出确切的日期和数字，避免最高级用语和含糊的承诺。在德国人看来，一个附带理由的明确“不行”比含糊的“也许”更可信。
    .title = 事实优先
etiquette-reply-time = 一个工作日内回复。可以设置自动回复，但之后要尽快给出实质答复。
    .title = 回复时效
etiquette-payment-methods = PayPal 是最常用的线上支付方式；很多买家还希望收货后按发票付款（Kauf auf Rechnung，常通过 Klarna）或使用 SEPA 直接借记，信用卡用得相对较少。下单按钮必须写明 “zahlungspflichtig bestellen”（确认付费下单）或同样明确的措辞；买家享有 14 天的撤回权。
    .title = 支付与结账
etiquette-consent-for-marketing = 只有在买家事先同意后（通常采用双重确认）才能发送促销邮件、WhatsApp 推广消息或求评消息。根据《反不正当竞争法》（UWG），未经同意的广告属于违法，可能招来代价高昂的律师警告函（Abmahnung）。
    .title = 营销须经同意

taboo-nazi-symbols = 绝不要使用卐字符、党卫军 SS 符文、希特勒式敬礼或其他纳粹标志，哪怕是玩笑、服装道具或“复古”设计。
    .rationale = 根据《德国刑法典》第 86a 条，使用违宪组织的标志属于刑事犯罪；相关商品会被没收，卖家会被起诉。
taboo-nazi-era-slogans = 不要在广告语和商品名称中使用与纳粹时期相关的语句，如 “Jedem das Seine（各得其所）” 或 “Arbeit macht frei（劳动带来自由）”。
    .rationale = 这些话曾被刻在集中营的大门上；用过它们做广告的品牌都引发了公众愤怒，并被迫撤下广告。
taboo-numbers-18-88 = 在商品名称、印花和醒目的编号中慎用 18 和 88。
    .rationale = 德国当局将其列为新纳粹暗号（对应字母 A 和 H：Adolf Hitler、Heil Hitler）；出现在服装或标语上，可能被解读为极右翼信号。
taboo-early-birthday-wishes = 不要在生日之前发送生日祝福或生日优惠券。
    .rationale = 很多德国人认为提前祝贺生日会带来厄运；请在生日当天或之后发送。

## Commerce facts

commerce-payments = 德国网购者首选 PayPal，其次是 Klarna 和货到后按账单付款（Kauf auf Rechnung：先收货，约 14 天内转账），许多买家把后者视为最稳妥的方式；银行卡的使用率低于欧洲其他国家。giropay 已于 2024 年关闭，Sofort 已并入 Klarna。
commerce-marketplaces = 亚马逊在德国电商中占主导地位，其次是 eBay、OTTO 和 Zalando（时尚）；Temu、SHEIN 和速卖通增长迅速。TikTok Shop 于 2025 年进入德国。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（19%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货的包裹经邮政或跨境专线约需 7-20 天，快递 3-6 天；从欧盟其他国家发货 2-6 天，无需清关。主要承运商为 DHL，另有 Hermes、DPD、GLS 以及大量 Packstation 自提柜。地址写法：姓名、街道和门牌号（Hauptstraße 5），然后是城市前的五位邮编（10115 Berlin）。
commerce-returns = 消费者对网购商品享有 14 天撤销权（Widerrufsrecht），自收货之日起算，无需说明理由（《德国民法典》第 355 条、第 312g 条）。卖家必须提供法定撤销须知，否则期限延长至 12 个月零 14 天。卖家须在 14 天内退款（含标准运费）；只有事先告知，退货运费才由买家承担。
