market-name = 加拿大
market-summary = 礼貌、双语的市场，消费习惯接近美国，但身份认同截然不同。买家希望客服友好、直呼名字，以加元标价，并且送货上门时不要有意外收费。面向魁北克要用法语服务。售前售后主要靠邮件和网站在线客服；Messenger 和 Instagram 适合处理快速咨询。
business-hours = 企业一般在周一至周五 9:00–17:00 办公，横跨六个时区。多伦多和蒙特利尔夏季比北京时间慢 12 小时（冬季慢 13 小时），温哥华慢 15 小时（冬季 16 小时）。各省还有自己的假日，例如多个省份二月的家庭日、魁北克 6 月 24 日的圣让-巴蒂斯特节，以及大多数省份八月初的公民假日。

channel-email = 订单确认、发货及清关通知、退货和促销邮件的默认渠道。魁北克买家用法语来信时，请用法语回复。
channel-live-chat = 买家希望在加拿大工作时间内通过在线聊天快速得到答复；请注明营业时间对应的时区。
channel-facebook-messenger = 各年龄段都在使用；适合通过 Facebook 主页处理售前快速咨询和订单跟进。
channel-instagram = 服装、美妆和家居类目表现突出；买家常通过私信询问尺码和库存。

holiday-new-year = 元旦
    .note = 全国假日；若逢周末，多数雇主会在下周一补假。
holiday-good-friday = 耶稣受难日
    .note = 全国假日，形成长周末；在魁北克，雇主可改为复活节星期一放假。
holiday-victoria-day = 维多利亚日
    .note = 5 月 25 日前的那个星期一（在魁北克称为国家爱国者日）；被视为夏季的非正式开端，有长周末促销。大西洋省份不是带薪法定假日。
holiday-canada-day = 加拿大国庆日
    .note = 7 月 1 日；若逢星期日，则 7 月 2 日放假。红白配色和枫叶主题的促销很常见。
holiday-labour-day = 劳动节
    .note = 九月第一个星期一；企业放假，返校季购物达到高峰。
holiday-thanksgiving = 感恩节
    .note = 十月第二个星期一，与美国日期不同。是家庭团聚的长周末，多数省份为法定假日，但大西洋省份不是。
holiday-black-friday = 黑色星期五
    .note = 加拿大零售商跟随美国的日期（十一月第四个星期四之后的星期五）；如今已是全年最大的购物日之一。
holiday-cyber-monday = 网络星期一
    .note = 黑色星期五之后的星期一，线上促销的高峰。请尽早发货：包裹清关需要额外时间。
holiday-christmas = 圣诞节
    .note = 送礼旺季；请在十二月初公布加拿大邮政和快递的寄件截止日期。逢周末则顺延至工作日放假。
holiday-boxing-day = 节礼日（Boxing Day）
    .note = 12 月 26 日，在安大略省和联邦监管行业为法定假日，也是加拿大传统上规模最大的清仓促销“节礼周”的开始。

holiday-truth-reconciliation-day = 全国真相与和解日
    .note = 自 2021 年起，9 月 30 日为联邦假日（联邦机构、银行和部分省份放假），纪念寄宿学校幸存者，人们穿橙色上衣。不宜做促销。
holiday-remembrance-day = 阵亡将士纪念日
    .note = 11 月 11 日联邦假日（多数省份也放假，安大略和魁北克除外）；人们佩戴虞美人，11:00 默哀一分钟。营销应保持庄重。

etiquette-salutation = 用英语时直接称呼名字（如“Hi Emily”）。用法语时以“Bonjour”加买家姓名开头，并使用敬称“vous”，直到买家改用“tu”。
    .title = 称呼
etiquette-english-and-french = 用买家使用的语言回复。魁北克法律（《法语宪章》）要求面向魁北克消费者的商品标签、包装、产品目录和网站必须提供法语版本。英语请使用加拿大拼写（colour、centre）、公制单位，并以加元标价。
    .title = 英语与法语
etiquette-reply-time = 按加拿大时间在一个工作日内回复；在线聊天和 Messenger 应在几小时内回应。
    .title = 回复时效
etiquette-polite-and-modest = 礼貌、谦和、冷静。加拿大人重视礼貌，反感强推销；对带来的不便致歉，说明解决办法，并跟进到底。
    .title = 礼貌谦和
etiquette-casl-consent = 营销邮件和短信只能发给同意接收的买家，须表明企业身份并附上退订链接。加拿大《反垃圾邮件法》（CASL）对企业的罚款最高可达每次违规 1000 万加元。
    .title = 营销须经同意（CASL）
etiquette-duties-and-fees = 事先说明关税、GST/HST 以及快递清关手续费由谁承担。来自美国和墨西哥以外、价值超过 20 加元的包裹在入境时要缴税，送货上门时的意外收费是买家最常见的投诉之一。支持银行卡、PayPal，条件允许时也支持 Interac 借记卡或 e-Transfer 转账。
    .title = 关税与费用

taboo-remembrance-poppy = 不要在商品、包装或促销中使用阵亡将士纪念罂粟花图案。
    .rationale = 加拿大皇家退伍军人协会将其作为纪念用途的受保护商标，未经许可不允许商业使用。
taboo-indigenous-headdress = 不要把原住民头冠当作变装道具或时尚配饰来销售或展示。
    .rationale = 头冠是通过荣誉获得的神圣物品；曾有零售商因投诉下架此类商品，Osheaga 等音乐节也已明令禁止佩戴。
taboo-treating-canada-as-us = 不要把加拿大当作美国的一部分，也不要把加拿大人称为美国人。
    .rationale = 加拿大人很看重自己独立的身份认同；2025 年贸易争端以来，许多人刻意优先购买加拿大产品，对以美国为中心的宣传反感。
taboo-english-only-in-quebec = 不要以纯英文的标签、包装或广告向魁北克销售商品。
    .rationale = 这违反《法语宪章》，可能招致魁北克法语办公室（OQLF）的投诉处理和罚款。

## Commerce facts

commerce-payments = 信用卡是主要的网络支付方式，其次是 PayPal 和 Interac（借记卡及银行间 e-Transfer 转账），Apple Pay 和 Google Pay 在增长。请以加元显示价格。
commerce-marketplaces = 亚马逊加拿大站领先，其次是沃尔玛加拿大站、eBay、Temu、SHEIN 和 Etsy。
commerce-import = 从美国和墨西哥以外寄来的包裹，只有货值不超过 20 加元才免税。超过时征收 GST/HST（各省 5%-15%）及关税；加拿大邮政收取手续费，快递公司收取报关代理费，均在派送时向买家收取。根据美墨加协定，从美国或墨西哥寄出的包裹 40 加元以内免税、150 加元以内免关税。已登记 GST/HST 的非居民卖家可在结账时代收。
commerce-delivery = 从中国经邮政或跨境专线约 8-25 天，从欧盟 6-15 天，快递 3-6 天；由加拿大邮政、Purolator、UPS 和 FedEx 派送。地址：姓名、门牌号和街道、单元号、城市、两字母省名和邮编（OTTAWA ON  K1A 0B1）；魁北克的地址用法语书写。
commerce-returns = 加拿大没有联邦或通用的省级法律允许买家无理由退回网购商品；各省法律允许在缺少必备信息或延迟交货时取消远程合同（例如安大略省和魁北克省在延迟交货后 30 天内）。其他情况按店铺政策处理。
