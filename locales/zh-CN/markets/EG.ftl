market-name = 埃及
market-summary = 人口最多的阿拉伯市场：买家对价格敏感，在 Facebook 和 Instagram 上发现商品，在 WhatsApp 上沟通，付款仍以货到付款为主。请用埃及阿拉伯语热情回复，以埃镑报出含运费的价格，发货前逐单确认。
business-hours = 工作周为周日至周四，周五和周六是周末，但许多商店周六营业。办公时间约 9:00–17:00，斋月期间缩短。自 2020 年起，除开斋节、宰牲节和科普特圣诞节外，落在周初或周中的单日假期通常由总理令挪到当周周四，开斋节和宰牲节假期也常被延长；相关政令往往临近才公布，请每月留意。

channel-whatsapp = 咨询、订单确认和送货协调的主要渠道；买家常发语音消息，要做好回复语音的准备。
channel-facebook-messenger = Facebook 是埃及最大的平台；许多店铺直接在 Facebook 主页上卖货并通过 Messenger 答复。
channel-phone = 快递和商家会打电话确认货到付款订单和地址；未经确认的订单常在门口被拒收。
channel-instagram = 对面向开罗、亚历山大城市年轻买家的服饰、美妆和家居品牌很重要。

holiday-coptic-christmas = 科普特圣诞节
    .note = 1 月 7 日，法定假日；埃及的科普特基督徒是中东最大的基督徒群体。
holiday-revolution-police-day = 1 月 25 日革命暨警察节
    .note = 1 月 25 日，法定假日，纪念 2011 年革命和 1952 年伊斯梅利亚警察的抵抗；落在周初时会挪到周四。
holiday-ramadan = 斋月
    .note = 斋戒之月（以观月确定开始，可能相差一天）。食品、装饰（斋月灯笼 fanous）和节日服装消费达到高峰；人们熬夜，晚上网购。
holiday-eid-al-fitr = 开斋节
    .note = 以宗教法令局（Dar al-Ifta）公布的伊斯兰历 10 月 1 日起放假三天；总理通常会把假期延长到四五天（如 2026 年 3 月 19–23 日）。节前新衣和节日点心（kahk）热销。
holiday-sham-el-nessim = 闻风节（Sham el-Nessim）
    .note = 东正教（科普特）复活节后的星期一，带薪假日，穆斯林和基督徒都会庆祝，习俗是野餐和吃咸鱼。
holiday-sinai-liberation-day = 西奈解放日
    .note = 4 月 25 日，法定假日；常被挪到周四（2025 年为 4 月 24 日），或并入开斋节、闻风节假期。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，法定假日；常被调整以凑成长周末（2024 年挪到闻风节前的 5 月 5 日周日）。
holiday-arafat-day = 阿拉法特日
    .note = 伊斯兰历 12 月 9 日，宰牲节假期的第一天；以宗教法令局公布为准，可能与其他国家相差一天。
holiday-eid-al-adha = 宰牲节（古尔邦节）
    .note = 阿拉法特日后的伊斯兰历 12 月 10 日起放假三天，公共部门常延长到一周；很多人去海边或回老家，配送暂停。
holiday-june-30-revolution = 6 月 30 日革命纪念日
    .note = 6 月 30 日，法定假日，纪念 2013 年的抗议运动；常被挪到当周周四（如 2020 年为 7 月 2 日）。
holiday-islamic-new-year = 伊斯兰新年
    .note = 伊斯兰历 1 月 1 日，放假一天，常被挪到周四。
holiday-revolution-day = 革命日
    .note = 7 月 23 日，纪念 1952 年革命的国庆日；落在周中时挪到当周周四（2025 年为 7 月 24 日）。
holiday-mawlid = 先知诞辰
    .note = 伊斯兰历 3 月 12 日，放假一天，有时挪到周四；节前几周传统的先知诞辰糖果和糖娃娃热销。
holiday-armed-forces-day = 建军节
    .note = 10 月 6 日，法定假日，纪念 1973 年渡过苏伊士运河；常被挪到最近的周四。
holiday-white-friday = 白色星期五
    .note = 阿拉伯地区对黑色星期五的叫法，Amazon.eg、Jumia、noon 和电子产品零售商都会参与，常持续一周以上。

etiquette-salutation = 用头衔加名字称呼：“Ustaz Ahmed”或“Mr Ahmed”，“Madam Mona”或“Ustaza Mona”；买家自称时也可用“Doctor”“Engineer”。开头先热情问候（“Ahlan”“Sabah el-kheir”）。
    .title = 称呼
etiquette-arabic = 用阿拉伯语回复；聊天时用埃及方言更亲切，正式文件用标准阿拉伯语。很多城市买家也接受英语，但阿拉伯语更能建立信任。
    .title = 语言
etiquette-payment = 货到付款仍是最常见的付款方式，买家常要求先验货再付款。也请提供 Fawry、InstaPay、手机钱包（如 Vodafone Cash）和分期付款（valU）。以埃镑报出含运费的最终价格。
    .title = 支付
etiquette-bargaining = 买家常会要折扣或免运费；对方期待一点小让步或小赠品，要礼貌回应，而不是生硬地说“不”。
    .title = 议价
etiquette-ramadan-timing = 斋月期间工作时间缩短，开斋饭前后买家都很忙；请在晚上和深夜答复，并用“Ramadan Kareem”问候。周五中午聚礼时避免打电话。
    .title = 斋月与周五
etiquette-reply-time = 在 WhatsApp 或 Messenger 上几小时内回复；回复慢的卖家会把订单拱手让给下一个店铺。
    .title = 回复时效

taboo-religious-text = 不要把《古兰经》经文、真主之名或其他宗教符号印在商品、包装或一次性物品上。
    .rationale = 可能被丢弃或踩踏的物品会亵渎神圣文字，穆斯林和基督徒都会感到冒犯。
taboo-religion-politics = 营销和消息中避免宗教玩笑和政治评论。
    .rationale = 根据刑法，蔑视宗教属于犯罪，政治言论也受到严密监控。
taboo-alcohol-pork = 面向大众的营销中不要出现酒类或猪肉。
    .rationale = 虽然部分场所可以合法销售，但两者都会冒犯占多数的穆斯林。
taboo-shoe-soles = 不要展示鞋底或脚底朝向他人或观众。
    .rationale = 在埃及，亮出或扔鞋是一种强烈的侮辱。
taboo-left-hand = 图片中递送、食用或接收商品时用右手。
    .rationale = 左手被视为不洁，不用于进食和递物。
seasonal-hours-ramadan = 斋月期间，国家机关工作时间为 9:00–14:00，银行为 9:30–13:30，商店营业到凌晨 2:00；买家多在深夜回复和购物。

## Commerce facts

commerce-payments = 货到付款仍是网购的主要付款方式；其次是银行卡（包括本国的 Meeza 卡）、用现金支付的 Fawry 付款码、InstaPay 转账应用、Vodafone Cash 等手机钱包以及分期服务（valU）。每笔货到付款订单发货前请电话确认。
commerce-marketplaces = 主要平台是亚马逊埃及站、noon 和 Jumia；Temu 和 SHEIN 已进入。
commerce-import = 境外包裹在清关时缴纳关税和增值税（14%）；埃及对网购没有广为人知的免税额度，清关可能较慢，部分商品需要进口审批。本资料不列具体数字，请向承运商核实。
commerce-delivery = 从中国 10-30 天，从欧盟 7-20 天，快递 4-8 天；承运商有埃及邮政、Aramex、Bosta 和平台物流。地址：楼号、街道、区、城市和省，附上地标和买家电话号码。
commerce-returns = 《消费者保护法》（2018 年第 181 号）允许消费者在收货后 14 天内退货，有例外；远程销售的规定请查阅其实施条例。
