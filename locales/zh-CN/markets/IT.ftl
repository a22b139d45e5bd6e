market-name = 意大利
market-summary = 重视人情与关系的市场：买家希望得到礼貌、安心的服务，感受到店铺背后是一个真实的人。请用正式的尊称 “Lei” 书写得体的意大利语，在 WhatsApp 上快速回复，并把配送和退货说明清楚。折扣季（saldi）由各大区规定：冬季折扣在一月初开始，夏季折扣通常从七月的第一个星期六开始。
business-hours = 企业工作时间为周一至周五约 9:00–18:00，中午约 13:00–14:00 午休；南部很多商店约 13:00 到 16:00 关门。节日逢周末不补休。除下列全国性节日外，各城市还有自己的守护圣人节（如罗马 6 月 29 日、米兰 12 月 7 日）。八月意大利大部分地区节奏都会放慢。

channel-whatsapp = 几乎每个意大利人都在用，也常用来联系商家。非常适合售前咨询和订单通知；买家可能会发语音消息。只向同意接收的买家推送优惠。
channel-email = 订单、发票、退货和投诉的正式记录；措辞要正式，主题写明订单号。
channel-marketplace-chat = 很多跨境咨询来自平台站内信（Amazon.it、eBay.it、Zalando、Vinted）；请在 24 小时内用意大利语回复。
channel-instagram = 服饰、美妆、设计和食品类的强势渠道；买家常通过私信做售前咨询。

holiday-new-year = 元旦（Capodanno）
    .note = 全国性节日；圣诞季一直持续到主显节。
holiday-epiphany = 主显节（Epifania，女巫贝法娜节）
    .note = 1 月 6 日标志着圣诞季结束；孩子们会收到“贝法娜”送来的装满糖果的袜子。冬季折扣在一月初开始，具体日期由各大区确定。
holiday-easter-monday = 复活节星期一（Pasquetta）
    .note = 全国性节日，人们通常外出郊游；复活节彩蛋和鸽子面包在复活节前几周热销。
holiday-liberation-day = 解放日（Festa della Liberazione）
    .note = 4 月 25 日；与 5 月 1 日之间常形成长假，很多人会请假连休（ponte）。
holiday-labour-day = 劳动节（Festa dei Lavoratori）
    .note = 5 月 1 日，全国性节日。
holiday-republic-day = 共和国日（Festa della Repubblica）
    .note = 6 月 2 日，国庆日。
holiday-ferragosto = 八月节（Ferragosto，圣母升天节）
    .note = 8 月 15 日，暑假的最高峰；很多企业、供应商甚至部分快递会在前后停业一到三周。
holiday-st-francis-day = 亚西西的圣方济各节（San Francesco）
    .note = 10 月 4 日，意大利主保圣人的节日；根据 2025 年 10 月通过的法律，自 2026 年起恢复为全国性节日，首次落在工作日是 2027 年。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；如今是意大利重要的线上购物节，也是圣诞采购的开端。
holiday-christmas = 圣诞节（Natale 与 Santo Stefano）
    .note = 12 月 25 日和 26 日为全国性节日。圣诞购物季传统上从 12 月 8 日（圣母无染原罪节）开始；请写明保证圣诞节前送达的最后下单日期。

holiday-easter-sunday = 复活节（Pasqua）
    .note = 法定假日，家人团聚，商店关门。复活节彩蛋和鸽子面包在节前几周热销。
holiday-all-saints = 诸圣节（Ognissanti）
    .note = 11 月 1 日法定假日；11 月 2 日（万灵节）是工作日，家人扫墓。
holiday-immaculate-conception = 圣母无染原罪节（Immacolata Concezione）
    .note = 12 月 8 日法定假日，也是传统上圣诞季的开始：从这个周末起布置圣诞装饰，圣诞购物进入高峰。

etiquette-salutation = 开头用 “Gentile Signor Rossi” 或 “Gentile Signora Rossi”（不知道姓名时用 “Gentile cliente”）；只有买家先这样做，才改用 “Buongiorno” 加名字。结尾用 “Cordiali saluti”。
    .title = 称呼
etiquette-lei-form = 对买家使用尊称 “Lei”，除非你的品牌明确以轻松的口吻面向年轻人。意大利人一眼就能看出蹩脚或机器翻译的意大利语。
    .title = 使用尊称 “Lei”
etiquette-personal-touch = 意大利人愿意从信得过的人那里买东西：签上真实的名字，语气温暖、让人安心，说明你会做什么、何时完成。对长消息和语音要有耐心，并逐条回复。
    .title = 人情味
etiquette-reply-time = WhatsApp 上白天几小时内回复，邮件在一个工作日内回复。
    .title = 回复时效
etiquette-payment-methods = 线上最常用的是银行卡（包括 PostePay 等预付卡）和 PayPal；货到付款（contrassegno）仍有人要求，南部尤其常见；先买后付（Scalapay、Klarna）在服饰类很受欢迎。网购买家有 14 天的撤回期。
    .title = 支付方式
etiquette-august-and-lunch = 避免在午饭时间（13:00–14:30）发消息，八月中旬也别指望快速回复。夏季活动请配合七月折扣季上线，九月再跟进买家。
    .title = 八月与午休

taboo-number-17 = 商品名称、套装数量、价格和上新日期中避免使用数字 17。
    .rationale = 在意大利，17 是不吉利的数字：罗马数字 XVII 重新排列可读作 VIXI，意为“我曾活过”，即“我已死去”。17 日星期五被视为凶日；雷诺 R17 在意大利就改名为 R177 销售。
taboo-chrysanthemums = 不要用菊花作礼品或节日装饰。
    .rationale = 在意大利，菊花是葬礼以及诸圣节、万灵节（11 月 1–2 日）祭奠亡者用的花。
taboo-horns-gesture = 不要展示冲着某人比出的“牛角”手势（竖起食指和小指）。
    .rationale = 冲着别人比意味着“戴绿帽子”（cornuto），是一种侮辱；指尖朝下时则是用来驱赶霉运。
taboo-mafia-stereotypes = 不要在商品或营销中使用黑手党相关的玩笑、名称或形象。
    .rationale = 意大利人认为这是对有组织犯罪受害者的冒犯；欧盟法院曾以违反公共秩序为由驳回以黑手党为卖点的商标。
taboo-false-made-in-italy = 绝不要在非意大利制造的商品上标注或暗示 “Made in Italy”（例如使用意大利国旗或暗示意大利原产的字样）。
    .rationale = 根据意大利法律（第 350/2003 号法律），虚假或误导性的意大利原产地标示属于违法行为，相关商品会被海关查扣。

## Commerce facts

commerce-payments = 意大利买家网购主要刷卡（包括 PostePay 等预付卡）和使用 PayPal；钱包和分期（Klarna、Scalapay）在增长。许多网店仍提供货到付款（contrassegno），通常要加收费用。
commerce-marketplaces = 亚马逊是最大的电商平台；Temu、SHEIN 和速卖通规模很大，eBay 仍有用户基础，时尚类有 Zalando，二手有 Vinted。TikTok Shop 于 2025 年进入意大利。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（22%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货经邮政或跨境专线约 7-20 天，快递 3-6 天；欧盟境内 2-6 天。承运商有意大利邮政、BRT、GLS、SDA 及自提柜。地址：街道和门牌号（Via Nazionale 10），然后是邮编、城市和两字母省份缩写（00184 Roma RM）。
commerce-returns = 消费者在收到网购商品后 14 天内可无理由撤销合同；卖家须在 14 天内退款（含标准运费），并须告知买家这项权利，否则期限最多延长 12 个月。向欧盟消费者销售的欧盟以外卖家同样受此约束。
