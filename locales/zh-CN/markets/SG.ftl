market-name = 新加坡
market-summary = 市场不大但富裕、高度联网，买家习惯跨境比价，期待快速配送、用英语给出准确答复和省心的退换货。大多数咨询通过 WhatsApp 和平台聊天（Shopee、Lazada、Amazon.sg）完成，订单和索赔以电子邮件为准。华人、马来人和印度裔的节日都很重要，11.11 和 12.12 是最主要的线上大促。
business-hours = 企业一般周一至周五 09:00–18:00 上班，中午休息一小时；部分公司周六上午也营业。新加坡每年有 11 个公共假日（均已列出），大选投票日也放假。假日逢星期日时，下一个工作日补假；逢星期六则不顺延（雇主另给一天假或支付工资）。春节几天和 12 月最后一周人手较少。

channel-whatsapp = 最主要的即时通讯工具，用于客户咨询、订单通知和送货协调。请使用 WhatsApp Business 账号；向新加坡号码发送推广信息受“谢绝来电”（DNC）规则约束。
channel-email = 订单确认、税务发票、退货和投诉都应使用邮件；主题要清晰，并附上公司信息。
channel-marketplace-chat = Shopee、Lazada、Amazon.sg 的站内聊天是平台买家首先咨询的地方；平台会公开店铺回复率（Shopee 以 12 小时内回复为准），请及时回复。
channel-instagram = 服饰、美妆、餐饮和生活方式类商品的种草渠道；买家常私信做售前咨询。

holiday-new-year = 元旦
    .note = 公共假日；年末促销一直持续到元旦。
holiday-lunar-new-year = 春节
    .note = 两天公共假日，也是华人占多数的新加坡最重要的节日；其中一天逢星期日时，下一个工作日补假。新衣、礼品、年货零食和红金色包装的需求在节前几周达到高峰；许多商店和供应商会休息数天。
holiday-good-friday = 耶稣受难日
    .note = 公共假日，在复活节前两天。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，公共假日。
holiday-hari-raya-puasa = 开斋节（Hari Raya Puasa）
    .note = 一天公共假日，标志斋月结束。日期提前在宪报公布，可能与推算日期相差一天。斋月期间节日服装、饼干和家居装饰销量好。
holiday-vesak-day = 卫塞节
    .note = 纪念佛陀诞生、成道和涅槃的佛教节日，公共假日；日期由人力部每年在宪报公布，通常在五月或六月初。
holiday-hari-raya-haji = 哈芝节（Hari Raya Haji）
    .note = 一天公共假日；宪报公布的日期可能与推算日期相差一天（例如新加坡 2024 年为 6 月 17 日）。
holiday-national-day = 国庆日
    .note = 8 月 9 日；红白主题的国庆促销从七月下旬持续到八月。
holiday-deepavali = 屠妖节（Deepavali）
    .note = 印度教的光明节，公共假日；日期由人力部与印度教咨询局核对后在宪报公布。小印度的节日市集和相关促销会提前数周开始。
holiday-sale-11-11 = 11.11 大促
    .note = Shopee、Lazada 等平台全年最大的线上购物日，9.9 和 10.10 为其预热。
holiday-sale-12-12 = 12.12 大促
    .note = 年终平台大促，紧接着是圣诞购物季。
holiday-christmas = 圣诞节
    .note = 公共假日；乌节路的圣诞装饰和礼品采购从 11 月中旬开始。请在 12 月初就公布跨境发货截止日期。

holiday-polling-day = 投票日
    .note = 大选投票日为公共假日（2025 年 5 月 3 日），通常只提前几周公布。

etiquette-salutation = 在买家用名字署名之前，用 Mr 或 Ms 加姓氏称呼。华人姓在前（“Tan Wei Ming”即 Mr Tan）；马来人没有姓氏（“Nur Aisyah binti Ahmad”称 Ms Nur Aisyah）；许多印度裔也没有姓氏，用本名称呼即可。
    .title = 称呼
etiquette-language = 英语是商务和购物的主要语言，请用规范英语回复。许多华人能读简体中文，买家用中文来信时用中文回复会受欢迎。买家消息中出现新加坡式英语（Singlish）很正常，不必模仿。
    .title = 语言
etiquette-reply-time = 买家期待在工作时间内几小时内得到首次回复，并给出确切的送达日期而不是一个范围。需要核实时，直接说明何时答复。
    .title = 回复时效
etiquette-clear-pricing = 沟通直接、实事求是：以新元报含消费税（GST）的价格，事先写明送达时间和退货条件，避免夸大宣传。自 2023 年起，从海外卖家购买的低价值商品也须缴纳消费税。
    .title = 价格透明
etiquette-payment = 买家主要用银行卡和 PayNow（通过手机号或二维码即时转账）付款，也用 GrabPay、PayLah! 等钱包。货到付款不常见；许多平台提供先买后付。
    .title = 支付
etiquette-do-not-call = 通过短信、WhatsApp 或电话向新加坡号码发送营销信息前，除非买家已明确同意，须先核对全国“谢绝来电”登记册（DNC Registry），并提供退订方式。订单和服务类消息不受此限。
    .title = 谢绝来电规则

taboo-e-cigarettes = 不要向新加坡销售、寄送或宣传电子烟、烟弹及其零部件。
    .rationale = 《烟草（广告与销售管制）法》禁止进口、销售和持有电子烟，违者可被罚款和监禁。
taboo-chewing-gum = 不要向新加坡销售或寄送口香糖。
    .rationale = 新加坡自 1992 年起禁止进口和销售口香糖，只有尼古丁口香糖等治疗用口香糖可经药剂师和牙医提供。
taboo-race-religion = 不要拿种族和宗教开玩笑、做梗或做广告，避免对任何族群的刻板印象。
    .rationale = 种族与宗教和谐受法律保护（包括《维护宗教和谐法》和《刑法典》），冒犯性广告会迅速引发公众反弹。
taboo-number-4 = 面向华人买家的价格、套装和包装中避免数字 4；8 是受欢迎的吉利数字。
    .rationale = 中文里“四”与“死”谐音。
taboo-clock-gifts = 不要向华人买家推荐钟表作为礼物，也不要把钟作为赠品。
    .rationale = 中文里“送钟”与“送终”谐音。

## Commerce facts

commerce-payments = 银行卡是主要的网络支付方式，PayNow 转账、PayPal、Apple Pay 和 GrabPay 也很常见；时尚和电子产品常用先买后付（Atome）。
commerce-marketplaces = Shopee 和来赞达领先，其次是亚马逊新加坡站、淘宝（直邮）、Qoo10、二手平台 Carousell 和 TikTok Shop。
commerce-import = 自 2023 年 1 月起，网上从境外购买的 400 新元以内商品须缴纳 9% 消费税（GST），由已登记的境外卖家和平台在结账时收取。超过 400 新元的商品在进口时缴纳 GST，由快递公司代收；关税只针对酒类、烟草、机动车和石油产品。
commerce-delivery = 从中国 4-10 天，从欧盟 6-14 天，快递 2-4 天；由新加坡邮政、Ninja Van、快递公司和自提柜派送。地址：座号和街道、#楼层-单元号、建筑名，然后是 SINGAPORE 和六位邮编。
commerce-returns = 新加坡法律没有因改变主意而退回网购商品的通用权利，按店铺政策处理。《消费者保护（公平交易）法》的柠檬法条款允许买家对六个月内出现缺陷的商品要求维修、更换或退款。
