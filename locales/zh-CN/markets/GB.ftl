market-name = 英国
market-summary = 成熟且节奏快的电商市场：买家爱比价、看评价，期待明确的送达日期、含增值税的价格和便捷的退货。语气友好而有礼，使用英式英语。订单和索赔以邮件和平台站内信为准；WhatsApp 和 Instagram 用于快速答疑。
business-hours = 企业工作时间为周一至周五，英国时间约 9:00–17:30（冬季为格林尼治时间，夏季为英国夏令时）。银行假日以及平安夜到 1 月 2 日期间回复很慢甚至没有回复。苏格兰和北爱尔兰另有部分银行假日（苏格兰有 1 月 2 日和圣安德鲁日；北爱尔兰有圣帕特里克节和 7 月 12 日）。

channel-email = 订单、发票、退货和投诉的正式记录渠道。主题写清订单号，签名中注明公司名称和地址。
channel-marketplace-chat = 跨境咨询大多来自平台站内信（Amazon、eBay、Etsy、TikTok Shop）；平台会考核回复时效，周末也要在 24 小时内回复。
channel-whatsapp = 英国使用最广的即时通讯应用。可开通 WhatsApp Business 处理售前快速咨询和物流通知，只给主动同意接收消息的买家发信息。
channel-instagram = 适合服饰、美妆和家居类商品；买家常通过私信做售前咨询，并期望当天得到回复。

holiday-new-year = 元旦
    .note = 全英国的银行假日（苏格兰 1 月 2 日也放假）；若逢周末则顺延至周一。节礼日开始的一月大促会一直持续到这时。
holiday-valentines-day = 情人节
    .note = 2 月 14 日；鲜花、巧克力、首饰和贺卡的重要送礼节点。不是银行假日。建议一月下旬开始推广，并写明保证 14 日前送达的最后下单日期。
holiday-mothering-sunday = 英国母亲节（Mothering Sunday）
    .note = 在大斋期第四个星期日，即复活节前三周，通常在三月。千万别按美国五月的日期做活动，英国买家一眼就能看出来。这是鲜花、美妆和首饰的重要送礼节点。
holiday-good-friday = 耶稣受难日
    .note = 全英国的银行假日，也是复活节长周末的开始；很多人会接着休假一周，回复和配送都会变慢。
holiday-easter-monday = 复活节星期一
    .note = 英格兰、威尔士和北爱尔兰的银行假日，苏格兰不放假。
holiday-early-may-bank-holiday = 五月初银行假日
    .note = 五月的第一个星期一。政府偶尔会因国家活动调整日期（如 2020 年为纪念欧战胜利日改到 5 月 8 日星期五），每年请以 gov.uk 公布为准。
holiday-spring-bank-holiday = 春季银行假日
    .note = 五月的最后一个星期一，王室庆典年份会调整。常与学校期中假重叠，那一周很多家庭外出度假。
holiday-fathers-day = 父亲节
    .note = 六月第三个星期日，与美国相同；数码产品、酒水、男士护理和定制礼品的送礼节点。不是银行假日。
holiday-summer-bank-holiday = 夏季银行假日
    .note = 英格兰、威尔士和北爱尔兰为八月的最后一个星期一；苏格兰为八月的第一个星期一。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；英国零售商常把优惠延长到一整周甚至更久。请提前备货并预订物流运力，这也是圣诞旺季的开端。
holiday-christmas-day = 圣诞节
    .note = 送礼旺季从十一月下旬开始。请尽早公布保证圣诞节前送达的最后下单日期。12 月 25 日若逢周末，银行假日顺延到下一个工作日。
holiday-boxing-day = 节礼日（Boxing Day）
    .note = 12 月 26 日，银行假日，也是全年最大的促销日之一（线上的节礼日大促常在圣诞节当天就开始）。若逢周末，银行假日顺延到下一个工作日。

etiquette-salutation = 用 “Hi” 或 “Hello” 加买家的名字开头；如果买家写的是 “Dear Ms Smith”，就照样使用正式称呼。结尾用 “Kind regards” 加上你的名字。
    .title = 称呼
etiquette-polite-understatement = 英国买家说话礼貌而含蓄：“a bit disappointed（有点失望）”可能意味着非常不满。多说 please、thank you 和 sorry，先承认问题再做解释，避免强推销的措辞和夸大的承诺。
    .title = 礼貌与含蓄
etiquette-reply-time = 24 小时内回复，平台上周末也不例外。如果完整答复需要时间，先发一条简短回复并告知具体日期。
    .title = 回复时效
etiquette-british-english = 使用英式拼写和格式：colour、organise，英镑金额保留两位小数，日期按“日/月/年”书写，服装鞋码用英国尺码，电器配英标插头（G 型）。
    .title = 英式英语与格式
etiquette-prices-and-returns = 价格要含增值税，并在结账前列明全部运费；135 英镑及以下的订单在销售时代收增值税。买家常用银行卡、PayPal、Apple Pay 或 Google Pay 以及 Klarna 付款。网购买家在收货后 14 天内可以取消订单，请把退货流程写清楚。
    .title = 价格、支付与退货
etiquette-emoji = 买家先用了表情，聊天中用一个笑脸没问题；邮件、退款和投诉的回复中不要用表情符号。
    .title = 表情符号

taboo-v-sign = 不要展示手背朝向对方的 V 字手势。
    .rationale = 在英国，这种 V 字手势是粗俗的侮辱；掌心朝外的胜利或和平手势则没有问题。
taboo-england-for-uk = 不要把整个英国称为 “England”，也不要把所有英国人称为 “English”。
    .rationale = 苏格兰、威尔士和北爱尔兰的买家会觉得你不用心甚至被冒犯；请说 UK 或 Britain，或使用买家所在地区的名称。
taboo-remembrance-poppy = 不要销售带红色纪念罂粟花的商品，也不要用它做广告。
    .rationale = 纪念罂粟花是英国皇家军团（苏格兰为 Poppyscotland）的注册商标，未经授权的罂粟花商品会被当作假货查扣；用它来卖货也会被视为消费阵亡将士。
taboo-single-use-vapes = 不要向英国买家销售一次性电子烟。
    .rationale = 自 2025 年 6 月 1 日起，在英国全境线上或线下销售一次性电子烟均属违法，无论是否含尼古丁。
taboo-knives-age-check = 刀具和带刃商品要格外谨慎。
    .rationale = 不得向 18 岁以下的人出售；网售需在下单和送达时核验年龄，海外卖家寄出的带刃商品可能会被快递拒绝送到住宅地址，部分类型（如“僵尸刀”）则完全禁止。

## Commerce facts

commerce-payments = 银行卡（以借记卡为主）是主要的网络支付方式，其次是 PayPal、Apple Pay 和 Google Pay；Klarna 和 Clearpay 很常见。买家期待看到含增值税的英镑价格。
commerce-marketplaces = 亚马逊和 eBay 领先；Temu 和 SHEIN 是大型跨境卖家，二手有 Vinted，手工艺品有 Etsy，TikTok Shop 自 2021 年起不断增长。
commerce-import = 货值 135 英镑以内的包裹，卖家或平台须在结账时收取英国增值税（20%），且免征关税；超过 135 英镑时，除非以完税方式发货，承运商会在派送前向买家收取进口增值税、关税和手续费。政府于 2025 年底宣布计划取消 135 英镑的关税减免（最迟 2029 年），请核实现行规定。从欧盟寄出的商品若不符合英欧原产地规则，同样要缴纳关税。
commerce-delivery = 从中国经邮政或跨境专线约 7-20 天，从欧盟 3-10 天（2021 年起需清关），快递 3-6 天；承运商有 Royal Mail、Evri、DPD、DHL 以及自提柜。地址：姓名、门牌号和街道、城镇，邮编单独成行（SW1A 1AA）。
commerce-returns = 消费者可在收到网购商品后 14 天内无理由取消，并须在退回商品后 14 天内获得退款；卖家未提供取消须知的，期限最多延长 12 个月。
