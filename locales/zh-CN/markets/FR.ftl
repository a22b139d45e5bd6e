market-name = 法国
market-summary = 体量很大的市场：买家希望被得体地称呼、看到正确的法语，法律对销售的约束也很细：商品相关的一切信息都必须用法语，“soldes（折扣季）”只能在两个法定时段进行，消费者也很熟悉自己的权利。请保持礼貌、准确和耐心；订单与索赔以邮件和平台站内信为准。
business-hours = 企业工作时间为周一至周五约 9:00–18:00，很多公司 12:00–14:00 午休。法国共有 11 个法定节日，均列于下方；阿尔萨斯和摩泽尔还有耶稣受难日和 12 月 26 日。节日逢周末不补休；五月很多人会请假连休。八月法国大部分地区都在度假。

channel-email = 订单、发票、退货和投诉的主要渠道。请用完整、礼貌的法语书写，并在主题中注明订单号。
channel-marketplace-chat = 跨境咨询大多来自平台站内信（Amazon.fr、Cdiscount、Fnac、Vinted、Leboncoin）；请在 24 小时内用法语回复。
channel-whatsapp = 法国使用最多的即时通讯应用。适合与主动联系你的买家进行售前快速答疑和物流通知。
channel-instagram = 服饰、美妆、家居和食品类的重要渠道；买家常通过私信做售前咨询。

holiday-new-year = 元旦（Jour de l'An）
    .note = 法定节日。商店 1 月 2 日恢复营业，一到两周后就是冬季折扣季。
holiday-winter-sales = 冬季折扣季（Soldes d'hiver）
    .note = 由《商法典》规定，为期四周：从一月第二个星期三早上 8 点开始；若第二个星期三在 12 日之后，则提前到第一个星期三。网店也执行全国统一日期。少数边境省份和海外省日期不同，政府也可能调整日期：请每年查看 economie.gouv.fr。
holiday-easter-monday = 复活节星期一（Lundi de Pâques）
    .note = 法定节日；巧克力和复活节礼品在节前两周热销。
holiday-labour-day = 劳动节（Fête du Travail）
    .note = 5 月 1 日，唯一一个法律规定几乎全部停工的节日。人们会互赠铃兰（muguet）祈求好运。
holiday-ascension-day = 耶稣升天节（Ascension）
    .note = 复活节后第 39 天的星期四；很多人周五请假连休（faire le pont），下周一之前回复都会较慢。
holiday-summer-sales = 夏季折扣季（Soldes d'été）
    .note = 为期四周：从六月最后一个星期三早上 8 点开始；若最后一个星期三在 28 日之后，则提前到倒数第二个星期三。网店也执行全国统一日期；如有调整以 economie.gouv.fr 为准。
holiday-bastille-day = 国庆日（Fête nationale，7 月 14 日）
    .note = 7 月 14 日；暑期度假高峰由此开始。
holiday-assumption-day = 圣母升天节（Assomption）
    .note = 8 月 15 日，正值度假最高峰；很多小企业前后会休息两到三周。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；法国零售商已普遍参与。活动请称为 “promotions” 或 “Black Friday”，切勿称为 “soldes”——这个词只能用于法定折扣季。
holiday-christmas-day = 圣诞节（Noël）
    .note = 全年最重要的送礼季；12 月 24 日晚上是家庭团聚的时刻。请写明保证圣诞节前送达的最后下单日期。

holiday-victory-day = 欧战胜利纪念日（Victoire 1945）
    .note = 5 月 8 日法定假日。与 5 月 1 日和耶稣升天节一起，使五月充满长周末和"搭桥"请假（ponts）。
holiday-whit-monday = 圣灵降临节星期一（Lundi de Pentecôte）
    .note = 法定假日，但通常也是"团结日"（journée de solidarité），部分雇主照常上班；回复会变慢。
holiday-all-saints = 诸圣节（Toussaint）
    .note = 11 月 1 日法定假日，正值秋季学校假期；家人扫墓（献菊花），不宜做节庆营销。
holiday-armistice-day = 停战纪念日（Armistice 1918）
    .note = 11 月 11 日法定假日，为纪念日，营销应保持庄重。

etiquette-salutation = 开头用 “Bonjour Madame Dupont” 或 “Bonjour Monsieur Dupont”（正式信函可只写 “Madame,” 或 “Monsieur,”）。除非买家自己这么做，否则不要只用名字称呼。结尾用 “Cordialement” 或 “Bien cordialement”。
    .title = 称呼
etiquette-vouvoiement = 对买家一律使用尊称 “vous”。“tu” 用于朋友之间或部分面向年轻人的品牌，由卖家说出来会显得不尊重。
    .title = 使用尊称 “vous”
etiquette-french-only = 用法语与买家沟通，商品页、说明书、保修条款和发票都要有法语版本：面向法国消费者时，这是《杜邦法》（Loi Toubon）的要求；只有英文的商品页会失去信任和订单。
    .title = 始终使用法语
etiquette-courtesy-formulas = 每条消息都要有问候语开头和礼貌的结束语，省略会显得无礼。法国买家欣赏清晰、有理有据的解释，也可能坚决地提出异议：请冷静地用事实和解决方案回应。
    .title = 礼貌用语
etiquette-reply-time = 一个工作日内回复。与其沉默，不如先简短确认收到，并告知何时给出完整答复。
    .title = 回复时效
etiquette-payment-methods = 大多数买家用银行卡（Carte Bancaire 网络，与 Visa 或 Mastercard 联名）或 PayPal 付款；金额较大时，分三期或四期付款（paiement en 3 ou 4 fois）很受欢迎。网购买家有 14 天的撤回期。
    .title = 支付方式
etiquette-lunch-and-august = 12:00–14:00、晚上和周末不要指望得到回复。八月很多企业和买家都在度假：请在七月中旬前安排好活动和库存。
    .title = 午休与八月

taboo-chrysanthemums = 不要用菊花作礼品或促销装饰。
    .rationale = 在法国，菊花是诸圣节扫墓和葬礼上用的花。
taboo-ok-gesture = 图片中慎用拇指与食指圈成的 “OK” 手势。
    .rationale = 在法国，这个手势通常表示“零”或“毫无价值”，而不是“好”。
taboo-soldes-outside-periods = 不要在两个法定折扣季之外使用 “soldes” 一词。
    .rationale = 《商法典》规定该词只能用于官方的冬季和夏季折扣季，滥用属违法行为，会被罚款。请改用 “promotion”、“offre” 或 “réduction”。
taboo-english-only-text = 不要只用英文的商品文案、标签、说明书或广告进行销售。
    .rationale = 1994 年的《杜邦法》规定，面向法国消费者销售的商品，其描述、使用说明、保修条款和广告都必须使用法语。
taboo-alcohol-lifestyle-ads = 不要用生活方式、派对、运动或成功形象来宣传酒类。
    .rationale = 《埃文法》（Loi Évin）规定酒类广告只能提供关于产品的客观信息，并须附健康警示语。

## Commerce facts

commerce-payments = 法国买家主要刷卡付款，通常是与 Visa 或 Mastercard 联名的 CB 卡，并以 3-D Secure 验证；其次是 PayPal 和 Apple Pay，较大金额的订单常用三期或四期分期（Oney、Alma、Klarna）。
commerce-marketplaces = 亚马逊领先，其次是 Cdiscount 和二手时尚平台 Vinted；Temu、SHEIN 和速卖通规模很大；时尚类有 Zalando。TikTok Shop 于 2025 年进入法国。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（20%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货经邮政或跨境专线约 7-20 天，快递 3-6 天；欧盟境内 2-6 天。常见的有 La Poste/Colissimo、Chronopost、Mondial Relay 和自提点（points relais），许多买家喜欢到自提点取件。地址：姓名、门牌号和街道（8 rue de Rivoli），然后是五位邮编和城市（75008 PARIS）。
commerce-returns = 消费者在收到网购商品后 14 天内可无理由撤销合同；卖家须在 14 天内退款（含标准运费），并须告知买家这项权利，否则期限最多延长 12 个月。向欧盟消费者销售的欧盟以外卖家同样受此约束。
