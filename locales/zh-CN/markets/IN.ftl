market-name = 印度
market-summary = 体量巨大、移动优先、对价格敏感的市场：买家在 Amazon、Flipkart、Meesho 和品牌官网之间比价，通过 WhatsApp 咨询，主要用 UPI 付款，大城市以外货到付款依然常见。沟通要礼貌、有耐心，用英语或印地语回复；全年节奏围绕从九夜节到排灯节的节日季展开，这是一年中最大的销售期。
business-hours = 许多企业和大多数小商家周一至周六上班，约 09:30–18:30，中午休息；大公司和中央政府机关周一至周五上班，周日是每周休息日。全国性假日只有三个（共和国日、独立日、甘地诞辰日），中央政府机关在全国还会在 11 个宗教节日休息（共 14 个必休假日），另有 3 个由各邦选定，各邦自己的假日表也不相同。全国统一使用印度标准时间（UTC+5:30）。

channel-whatsapp = 印度是 WhatsApp 最大的市场，买家默认卖家也在用。用 WhatsApp Business 展示商品目录、设置快捷回复和发送订单状态；发送优惠前先取得买家同意，在 WhatsApp Business Platform 上商家主动发起的消息必须使用审核通过的模板。
channel-instagram = 适合服饰、美妆、珠宝和家居装饰；很多买家在这里发现小众品牌并私信问价，帖子中直接标价可以省去反复沟通。
channel-email = 用于订单确认、GST 发票和退货；很少有买家阅读促销邮件。
channel-sms = 用于一次性验证码和物流通知。商业短信必须使用在运营商 DLT 平台注册的发送方标识和模板（TRAI 规定），否则会被拦截。
channel-phone = 很多买家（尤其是大城市以外的买家）更喜欢简短的电话沟通；卖家通常在发货前打电话或发送自动语音电话确认货到付款订单，以减少拒收。

holiday-republic-day = 共和国日
    .note = 1 月 26 日，全国假日。各平台会在节前几天举办共和国日促销。
holiday-holi = 洒红节（Holi）
    .note = 二月或三月的色彩节，北印度庆祝最为广泛，北方大多数邦都放假。节前几周彩粉、水枪、白色衣服和甜点热销。日期以中央政府假日表为准。
holiday-good-friday = 耶稣受难日
    .note = 中央政府假日；银行和机构休息，喀拉拉邦、果阿、孟买和东北各邦尤为明显。
holiday-mahavir-jayanti = 摩诃毗罗诞辰（Mahavir Jayanti）
    .note = 耆那教最重要的节日，纪念摩诃毗罗诞辰（3 月或 4 月）；中央政府假日，许多地方当天禁售肉类和酒类。
holiday-eid-al-fitr = 开斋节
    .note = 中央政府假日。印度通常比沙特晚一天看到新月，因此日期往往比推算日期晚一天。斋月最后几周服装和礼品需求上升。
holiday-buddha-purnima = 佛诞节（Buddha Purnima）
    .note = 吠舍佉月满月日（4 月或 5 月），纪念佛陀诞生和成道；中央政府假日。
holiday-eid-al-adha = 宰牲节（Bakrid）
    .note = 中央政府假日。印度按本地观月确定日期，通常比海湾国家晚一天。节前服装和礼品需求上升；部分邦限制牲畜屠宰和运输，避免使用相关图片。
holiday-muharram = 穆哈兰姆节（阿舒拉日）
    .note = 伊斯兰历 1 月 10 日，什叶派穆斯林的哀悼日，许多城市有游行；中央政府假日。营销要保持尊重；日期可能因观月相差一天。
holiday-raksha-bandhan = 兄妹节（Raksha Bandhan）
    .note = 姐妹为兄弟系上圣线（rakhi）并收到礼物。大多数地方照常上班，但圣线、巧克力和礼盒的跨城寄送需求很大；务必保证节前送达。
holiday-independence-day = 独立日
    .note = 8 月 15 日，全国假日，各平台有“自由”主题促销。不要把国旗印在商品上。
holiday-milad-un-nabi = 圣纪节（先知诞辰）
    .note = 伊斯兰历 3 月 12 日；中央政府假日，部分邦为避开其他节日会把假期挪一天。
holiday-gandhi-jayanti = 甘地诞辰日
    .note = 10 月 2 日，圣雄甘地诞辰，全国假日，大多数邦当天禁止售酒。
holiday-dussehra = 十胜节（Dussehra）
    .note = 九夜节的最后一天；西孟加拉邦的杜尔迦节会让企业停工数天。各平台最大的节日大促（Flipkart Big Billion Days、Amazon Great Indian Festival）在 9 月下旬或 10 月初开始。
holiday-diwali = 排灯节（Diwali / Deepavali）
    .note = 一年中最大的节日和购物高峰：电子产品、服装、家居装饰、礼品和甜点在节前几周销量最高；通常在排灯节前两天的“财富节”（Dhanteras）是传统上购买金银和器皿的日子。五天的节日期间快递变慢；日期以中央政府假日表为准，部分地区会相差一天。
holiday-guru-nanak-jayanti = 古鲁那纳克诞辰（Gurpurab）
    .note = 锡克教创始人古鲁那纳克的诞辰，在迦底迦月满月日（11 月）；中央政府假日，旁遮普和德里庆祝尤为隆重，紧跟在排灯节购物高峰之后。
holiday-christmas = 圣诞节
    .note = 中央政府假日；城市里礼品和装饰需求上升，随后是年末促销。

holiday-maha-shivaratri = 湿婆节（Maha Shivaratri）
    .note = 湿婆之夜；在德里中央政府假日表选入的年份（2025 年）放假。很多人禁食，不是购物日。
holiday-ram-navami = 罗摩诞辰节（Ram Navami）
    .note = 罗摩的诞辰；在德里中央政府假日表选入的年份（2024 年、2026 年）放假，北方各地有游行。
holiday-janmashtami = 黑天诞辰节（Janmashtami）
    .note = 黑天（克里希纳）的诞辰；2024–2026 年为德里中央政府假日，北方多数邦也放假，由此拉开一直持续到排灯节的节庆购物季。

etiquette-salutation = 称呼买家“Sir”或“Ma'am”，或用 Mr、Ms 加名字（如“Mr Rahul”“Ms Priya”）；印地语中在名字后加“ji”（如“Rahul ji”）表示尊敬。许多南印度人用首字母缩写代替姓氏，因此用名字称呼最稳妥。
    .title = 称呼
etiquette-language = 网购和客服普遍使用英语；北部和中部可用印地语，泰米尔语、泰卢固语、孟加拉语、马拉地语等地方语言在各自邦内更能赢得信任。聊天中常见 Hinglish（印地语夹英语）；尽量用买家的语言回复。
    .title = 语言
etiquette-reply-time = 买家期待 WhatsApp 在几小时内得到回复，常常很快追问或直接打电话。请第一时间确认收到，给出明确的送达日期，并主动发送物流跟踪链接。
    .title = 回复时效
etiquette-bargaining = 买家经常要求降价、优惠券或免运费。定价时预留小幅折扣空间，优先用组合装或预付优惠代替直接降低标价，并保持礼貌和耐心。
    .title = 议价
etiquette-payment = UPI（Google Pay、PhonePe、Paytm）是最常用的数字支付方式，银行卡、网银、分期（EMI）和先买后付也很常见。大城市以外货到付款仍很重要：发货前通过 WhatsApp 或电话确认 COD 订单，并提供小额预付优惠以减少退货。
    .title = 支付
etiquette-consent-dnd = 通过短信、电话或 WhatsApp 做营销前，先取得买家明确同意。推广电话和短信必须尊重买家的“免打扰”（DND）设置，并使用 DLT 注册的发送方标识和模板；2023 年《数字个人数据保护法》对使用买家个人数据规定了同意要求。
    .title = 同意与免打扰
etiquette-festive-season = 从九夜节（9 月或 10 月）到排灯节的节日季是全年最大的销售期：请提前一个月安排库存、物流运力和活动。奥南节、杜尔迦节、象头神节、丰收节（Pongal）等地方节日是各邦自己的销售高峰。
    .title = 节日季

taboo-beef = 广告、食谱和商品图片中不要出现牛肉或屠宰牛的画面，也不要销售牛肉制品。
    .rationale = 牛在印度教中是神圣的，印度教徒约占人口的 80%，大多数邦禁止或限制屠宰牛。
taboo-deities-on-products = 不要把印度教神像、“唵”（Om）或任何宗教的神圣符号印在鞋子、地垫、马桶盖、内衣等日用品上。
    .rationale = 这类商品会引发全国性愤怒；2019 年印度因印有印度教神像的马桶盖和地毯掀起 #BoycottAmazon 抵制潮，商家还可能因伤害宗教感情被投诉。
taboo-india-map = 只使用标示印度官方边界的地图，包括完整的查谟和克什米尔、拉达克和阿鲁纳恰尔邦；拿不准时干脆不用地图。
    .rationale = 根据 1961 年《刑法（修正）法》，出版与印度测绘局地图不一致的印度地图属于违法，错误地图曾招致政府通知和公众愤怒。
taboo-national-flag = 不要把印度国旗印在靠垫、餐巾、地垫、鞋子、内衣等商品上，也不要用于标志或商标。
    .rationale = 1971 年《防止侮辱国家荣誉法》、《印度国旗法典》和 1950 年《徽章与名称法》禁止此类用法；2017 年印度政府曾迫使 Amazon 下架印有印度国旗的地垫。
taboo-left-hand = 照片和视频中用右手递接物品。
    .rationale = 按照印度传统礼仪，左手被视为不洁。

## Commerce facts

commerce-payments = UPI（PhonePe、Google Pay、Paytm 及银行应用）是最常用的网络支付方式；货到付款仍很普遍，大城市以外尤甚，但卖家在鼓励买家预付；其次是支持 EMI 分期的银行卡和网银。境外银行卡和定期扣款要遵守额外的认证规定。
commerce-marketplaces = 亚马逊印度站和 Flipkart（时尚类有 Myntra）领先；Meesho 在小城镇的价格敏感型买家中很强。跨境平台所占份额很小。
commerce-import = 印度对境外购买的商品没有通用的免税额度；自用的快件和邮政进口须缴纳关税和综合商品及服务税（IGST），由快递公司或印度邮政在派送前收取。快递公司会要求买家提供 KYC 证件（如 PAN 或 Aadhaar）才能清关。税率因商品而异；本资料不列具体数字，请向承运商核实。
commerce-delivery = 从中国约 10-25 天，从欧盟 8-20 天，快递 4-8 天；由印度邮政、Blue Dart、Delhivery、DTDC 和平台物流派送。地址：姓名、门牌或公寓号、楼名、街道、片区和地标、城市、邦以及六位 PIN 邮编。
commerce-returns = 印度法律对网购没有固定的法定退货期；《2020 年消费者保护（电子商务）规则》要求卖家和平台清楚说明退货、退款和换货政策，有缺陷或与描述不符的商品必须退款或更换。
