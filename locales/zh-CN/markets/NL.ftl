market-name = 荷兰
market-summary = 数字化程度极高的市场，网购经验位居欧洲前列：买家期待快速送达（常常是次日达）、免费或低价退货、用 iDEAL 付款，以及快速、直截了当的回复。沟通以随和、直接、坦诚为佳，过度推销反而适得其反。WhatsApp 和邮件是主要的客服渠道。
business-hours = 企业工作时间为周一至周五约 9:00–17:30，午休很短；很多人兼职工作，周五回复可能较慢。节日逢周末不补休，国王节除外。学校暑假按地区错开，在七月到九月初之间。

channel-whatsapp = 几乎所有荷兰人日常都在用的即时通讯应用，很多网店也通过它提供客服。用 WhatsApp Business 处理咨询和物流通知；工作时间内当天回复。
channel-email = 订单、发票和退货的正式记录，也是发送促销邮件（须经同意）的主要渠道。
channel-marketplace-chat = 很多跨境咨询来自平台站内信（bol、Amazon.nl、Zalando、Vinted）；bol 会考核卖家的回复速度。
channel-instagram = 适合服饰、美妆、家居和生活方式类商品；买家常通过私信做售前咨询。

holiday-new-year = 元旦（Nieuwjaarsdag）
    .note = 全国性节日；1 月 2 日之前业务很少。
holiday-good-friday = 耶稣受难日（Goede Vrijdag）
    .note = 官方节日，但大多数人照常上班；商店和很多办公室都开门。
holiday-easter-monday = 复活节星期一（Tweede Paasdag）
    .note = 大多数人放假；很多商店和园艺中心照常营业，而且人很多。
holiday-kings-day = 国王节（Koningsdag）
    .note = 4 月 27 日，国王生日；若逢星期日则改在 4 月 26 日星期六（如 2025 年）。全国上街狂欢、摆跳蚤市场，人人穿橙色：橙色主题商品在节前几周热销。
holiday-liberation-day = 解放日（Bevrijdingsdag）
    .note = 5 月 5 日，全国性节日，但是否放假取决于雇主；很多人每五年才放一次（2025 年、2030 年）。
holiday-ascension-day = 耶稣升天节（Hemelvaartsdag）
    .note = 复活节后第 39 天的星期四；很多人周五也会请假。
holiday-whit-monday = 圣灵降临节星期一（Tweede Pinksterdag）
    .note = 复活节后第 50 天，大多数人放假。
holiday-black-friday = 黑色星期五至网络星期一
    .note = 从美国感恩节后的星期五到随后的星期一；如今是荷兰最繁忙的网购时段之一，并与圣尼古拉斯节的采购期重叠。
holiday-sinterklaas = 圣尼古拉斯节（Sinterklaas，礼物之夜）
    .note = 12 月 5 日晚上，很多荷兰家庭互赠礼物，往往比圣诞节更隆重。采购高峰从十一月中旬开始；请确保订单在 12 月 4 日前送达。
holiday-christmas = 圣诞节（Eerste en Tweede Kerstdag）
    .note = 12 月 25 日和 26 日为全国性节日。圣尼古拉斯节一过，紧接着就是圣诞礼品采购。

holiday-easter-sunday = 复活节（Eerste Paasdag）
    .note = 官方节日，逢周日；大多数商店关门，园艺中心和家具店迎来全年最忙的周末之一。
holiday-whit-sunday = 圣灵降临节（Eerste Pinksterdag）
    .note = 官方节日，逢周日，次日为圣灵降临节星期一；很多人享受长周末。

etiquette-salutation = 用 “Hoi” 或 “Hallo” 加名字开头；邮件中用 “Beste” 加名字。对大多数买家用 “je”，对年长买家或买家自己用 “u” 时改用 “u”。署上你自己的名字。
    .title = 称呼
etiquette-direct-and-short = 荷兰买家说话直接，看重坦诚：先回答问题，内容简短，出了错就坦然承认，并说明你会怎么处理。最高级用语和推销话术会让人觉得不可信。
    .title = 直接、简短
etiquette-reply-time = WhatsApp 和聊天消息在同一个工作日内回复，邮件在 24 小时内回复。快速、准确的物流信息比客套话更重要。
    .title = 回复时效
etiquette-dutch-language = 用荷兰语书写。大多数荷兰人英语很好，但荷兰语的商品页和客服更能赢得信任；千万不要拿德语文本代替。
    .title = 使用荷兰语
etiquette-ideal = 请支持 iDEAL，这是大多数荷兰买家网购时使用的银行支付方式（自 2026 年起逐步由欧洲的 Wero 取代，仍通过原来的银行 App 付款）。先买后付（Klarna、Riverty）很受欢迎，信用卡用得较少。网购买家有 14 天的撤回期。
    .title = 支付：iDEAL

taboo-blackface-zwarte-piet = 不要在圣尼古拉斯节的营销或商品中使用涂黑脸的“黑彼得”（Zwarte Piet）形象。
    .rationale = 这一形象被广泛批评为种族主义；大型零售商、电视台和全国性的圣尼古拉斯入城活动都已改用脸上带烟灰的彼得（roetveegpiet），或干脆不再使用。
taboo-holland-for-netherlands = 指整个国家时请说 “the Netherlands（荷兰王国）”，而不是 “Holland”。
    .rationale = Holland 只是荷兰十二个省中的两个；自 2020 年起，政府和旅游局统一使用 “the Netherlands”，其他省份的人可能会纠正你。
taboo-german-for-dutch = 不要把荷兰语和德语、荷兰和德国混为一谈。
    .rationale = 荷兰人为自己的语言和身份感到自豪；德语文本或 “Deutsch” 标签会显得很不用心，而二战的历史也让这种混淆对一些人来说格外敏感。
taboo-flavoured-vapes = 不要销售烟草味以外口味的电子烟或烟油。
    .rationale = 自 2024 年 1 月 1 日起，荷兰只允许销售烟草味电子烟；由荷兰食品与消费品安全局（NVWA）负责执法。

## Commerce facts

commerce-payments = 荷兰大多数网购使用结账时的银行支付 iDEAL；它自 2026 年起逐步迁移到欧洲的 Wero 品牌。其次是 Klarna 稍后付款、PayPal 和银行卡；信用卡不如其他市场普及。
commerce-marketplaces = bol 是荷兰最大的电商平台；亚马逊荷兰站（2020 年起）在增长，时尚类有 Zalando，低价进口商品有 Temu、SHEIN 和速卖通。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（21%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货经邮政或跨境专线约 7-18 天，快递 2-5 天；欧盟境内 2-5 天。承运商有 PostNL、DHL、DPD 及大量自提点；国内通常次日达，所以跨境发货较慢时要提前说明。地址：街道和门牌号（Damrak 1），然后是邮编（四位数字、空格、两个字母）和城市（1012 AB Amsterdam）。
commerce-returns = 消费者在收到网购商品后 14 天内可无理由撤销合同；卖家须在 14 天内退款（含标准运费），并须告知买家这项权利，否则期限最多延长 12 个月。向欧盟消费者销售的欧盟以外卖家同样受此约束。
