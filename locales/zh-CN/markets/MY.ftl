market-name = 马来西亚
market-summary = 多元族群、移动优先的市场：信奉伊斯兰教的马来人、华人和印度裔在 Shopee、Lazada、TikTok Shop 上购物，并通过 WhatsApp 联系卖家。用马来语或英语沟通（很多华人买家也看中文），遵守清真规范，促销节奏围绕开斋节、春节、屠妖节以及 11.11、12.12 大促安排。
business-hours = 大多数州的企业周一至周五 09:00–18:00 上班，中午休息一小时；周五午休更长（联邦公务员为 12:15–14:45），以便做聚礼。吉打、吉兰丹和登嘉楼的周末是周五和周六，周日至周四上班；柔佛已于 2025 年 1 月改回周六、周日休息。公共假日若逢每周休息日，则顺延至下一个不是假日的工作日。各州另有本州假日（大宝森节、古兰经降示日、州统治者诞辰等），政府有时也会宣布临时加放的假日。开斋节和春节前后约一周回复会很慢。

channel-whatsapp = 各族群都默认使用的聊天工具。用 WhatsApp Business 处理咨询、订单确认和物流跟踪；促销信息只发给同意接收的买家。
channel-marketplace-chat = Shopee、Lazada、TikTok Shop 的站内聊天是平台买家首先咨询的地方；回复率显示在店铺页面，并影响能否参加大促。沟通和付款都应留在平台内。
channel-facebook-messenger = Facebook 仍是最常用的社交网络之一，买家常给主页发私信做售前咨询；请及时回复，并用 Messenger 跟进订单。
channel-tiktok = TikTok Shop 是增长很快的销售渠道；用短视频和直播做新品发布和限时抢购。

holiday-new-year = 元旦
    .note = 吉隆坡、布城、纳闽及大多数州的公共假日，但柔佛、吉打、吉兰丹、玻璃市和登嘉楼不放假。
holiday-lunar-new-year = 春节
    .note = 两天公共假日。华人买家会在节前几周购买服装、礼品、年货零食和红金色装饰，许多华人企业会休息数天。
holiday-ramadan = 斋月
    .note = 开始日期在观月后宣布，可能与推算日期相差一天。节日服装（baju raya）、饼干、家居装饰和礼品热销，开斋节前最后两周达到高峰。
holiday-hari-raya-aidilfitri = 开斋节（Hari Raya Aidilfitri）
    .note = 最重要的节日：两天公共假日，很多人整周休假返乡（balik kampung）。日期以观月结果为准，可能与推算日期相差一天；政府有时会额外加放一天（如 2026 年 3 月 20 日）。请尽早公布发货截止日期。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，全国公共假日。
holiday-wesak-day = 卫塞节
    .note = 在卫塞月月圆之日庆祝的佛教节日，通常在五月；全国公共假日，日期以政府公布的官方假日表为准。
holiday-agongs-birthday = 最高元首诞辰
    .note = 国家元首的官方生日，全国公共假日，定在六月的第一个星期一（2020 年为 6 月 8 日）。
holiday-hari-raya-haji = 哈芝节（Hari Raya Haji）
    .note = 一天公共假日（吉打、吉兰丹、玻璃市和登嘉楼为两天）；日期可能与推算日期相差一天。
holiday-awal-muharram = 伊斯兰新年（Awal Muharram）
    .note = 伊斯兰历 1 月 1 日，全国公共假日；日期以官方伊斯兰历为准，可能与推算日期相差一天。
holiday-national-day = 国庆日（独立日）
    .note = 8 月 31 日；节前几周常有国庆主题促销。
holiday-malaysia-day = 马来西亚日
    .note = 9 月 16 日，纪念 1963 年马来西亚成立，全国公共假日。
holiday-maulidur-rasul = 先知穆罕默德诞辰（Maulidur Rasul）
    .note = 伊斯兰历 3 月 12 日，全国公共假日，日期以官方伊斯兰历为准。与其他假日在工作日重合时不另行补假（如 2024 年 9 月 16 日）。
holiday-deepavali = 屠妖节（Deepavali）
    .note = 印度教的光明节，除砂拉越外各州均为公共假日。印度裔买家会在节前几周购买服装、甜点和装饰品。日期以官方假日表为准。
holiday-sale-11-11 = 11.11 大促
    .note = 全年最大的平台大促，9.9 和 10.10 为其预热。请报名平台活动并提前备货。
holiday-sale-12-12 = 12.12 大促
    .note = 年终平台大促，紧接着是圣诞和学校假期购物季。
holiday-christmas = 圣诞节
    .note = 全国公共假日；在基督徒较多的沙巴和砂拉越尤为重要。

etiquette-salutation = 马来人名字没有姓氏：用称谓加本名，如“Encik Ahmad”（先生）或“Puan Aisyah”（女士）。华人用 Mr 或 Ms 加姓，姓在前（“Tan Wei Ming”即 Mr Tan）。印度裔通常也没有姓氏，用 Mr 或 Ms 加本名即可。
    .title = 称呼
etiquette-language = 马来语是国语，英语普遍通用，很多华人也能读中文。买家用什么语言就用什么语言回复，大范围推广用马来语。马来西亚马来语与印尼语在拼写和用词上不同，不要直接套用印尼语文案。
    .title = 语言
etiquette-reply-time = 白天请在几小时内回复；平台按 12 小时内回复考核。周五聚礼时段和节假日请开启自动回复。
    .title = 回复时效
etiquette-payment = 提供 FPX 网银、DuitNow 二维码、Touch 'n Go eWallet、GrabPay、ShopeePay 等电子钱包和银行卡；平台买家还期望货到付款以及分期或先买后付。
    .title = 支付
etiquette-prayer-times = 马来人以及部分其他族群的买家是穆斯林：不要把通话或直播安排在周五聚礼时段（约 13:00–14:30），斋月期间留意斋戒时间，也不要向穆斯林买家推销与酒类或猪肉相关的商品。
    .title = 礼拜时间与斋月
etiquette-festive-greetings = 在各族群自己的节日送上祝福：开斋节说“Selamat Hari Raya Aidilfitri, maaf zahir dan batin”，春节说“恭喜发财”，屠妖节说“Happy Deepavali”。祝福加一点节日优惠很受欢迎；节日弄错则显得敷衍。
    .title = 节日问候

taboo-halal = 面向大众或马来买家的营销中不要出现猪肉、酒类和非清真食品；未取得认可的认证，切勿使用“halal”字样或清真标志。
    .rationale = 穆斯林占人口近三分之二；根据 2011 年《商品说明法》及其清真相关法令，虚假清真声明或擅自使用清真标志属于违法；清真认证由 JAKIM 负责。
taboo-race-religion-royalty = 广告、帖子和回复中不要涉及种族、宗教和王室（即“3R”）。
    .rationale = 这是马来西亚最敏感的话题，相关言论可能违反 1948 年《煽动法》和 1998 年《通讯与多媒体法》，曾引发警方调查和抵制。
taboo-left-hand-pointing = 照片和视频中用右手或双手递接物品，不要用食指指人；马来人习惯用拇指指示。
    .rationale = 左手被视为不洁，用食指指人被认为粗鲁。
taboo-number-4 = 面向华人买家的价格、套装和包装中避免数字 4；8 是受欢迎的吉利数字。
    .rationale = 中文里“四”与“死”谐音。
taboo-nine-dash-line = 商品、包装和广告中切勿使用标有中国南海“九段线”的地图。
    .rationale = 马来西亚不承认该主张；2019 年其电影审查局要求删去动画片《雪人奇缘》中的地图镜头，该片最终未在马来西亚上映。

## Commerce facts

commerce-payments = 以 FPX 网银和电子钱包（Touch 'n Go、ShopeePay、GrabPay）为主，其次是银行卡和 DuitNow 二维码；平台上仍提供货到付款。
commerce-marketplaces = Shopee 领先，其次是来赞达和快速增长的 TikTok Shop；Temu 于 2023 年进入。
commerce-import = 自 2024 年 1 月起，网上从境外购买的低值商品（500 令吉以内）免征关税，但须缴纳 10% 销售税，由登记了低值商品税的卖家和平台在结账时收取。超过 500 令吉时，关税和销售税在进口时通过快递公司缴纳。
commerce-delivery = 从中国 5-12 天，从欧盟 8-18 天，快递 3-5 天；承运商有马来西亚邮政、极兔、Ninja Van、Shopee Xpress 等。地址：单元、建筑、街道、地区，然后是邮编、城市和州（50450 Kuala Lumpur）。
commerce-returns = 马来西亚法律对网购没有通用的冷静期，按店铺或平台政策处理；《消费者保护法》的保障条款适用于有缺陷的商品。
