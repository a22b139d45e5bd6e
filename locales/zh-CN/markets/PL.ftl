market-name = 波兰
market-summary = 规模大、增长快的电商市场：买家比价仔细，期望礼貌的波兰语沟通、快速送达自提柜，并享有完整的欧盟消费者权利。Allegro 是主导平台；平台之外，邮件是正式记录，Messenger 用于快速沟通。
business-hours = 办公时间为周一至周五，通常 8:00–16:00。法律规定大多数商店周日停业（周日禁售令），每年仅有少数几个营业周日。法定假日不要期待回复，包括主显节（1 月 6 日）、复活节及其星期一、圣灵降临节、5 月 1 日和 3 日、基督圣体节、8 月 15 日、11 月 1 日和 11 日，以及 12 月 24–26 日。

channel-email = 订单、发票、投诉和退货的默认渠道。请用波兰语书写，主题清晰，签名中写明完整的公司信息。
channel-facebook-messenger = 波兰最常用的即时通讯工具之一；适合通过 Facebook 主页处理售前咨询和订单通知。
channel-whatsapp = 使用者在增加，尤其是年轻买家；只有买家主动在上面联系时再使用。
channel-instagram = 适合服饰、美妆和家居类商品；买家常通过私信做售前咨询。
channel-marketplace-chat = Allegro 是波兰网购买家最常用的平台；请在 24 小时内用波兰语回复站内消息，回复时长会计入卖家评分。

holiday-new-year = 元旦
    .note = 法定假日；1 月 6 日主显节（三王节）也放假，因此一月上旬生意清淡。
holiday-easter = 复活节（周日和周一）
    .note = 两天都是法定假日，商店关门；节前几周是复活节食品、装饰和礼品的销售期。
holiday-may-holidays = 五月小长假（majówka）
    .note = 5 月 1 日（劳动节）和 5 月 3 日（宪法日）是法定假日；5 月 2 日（国旗日）是工作日，但很多人请假，整周回复都会变慢。
holiday-corpus-christi = 基督圣体节
    .note = 复活节后第 60 天的星期四，法定假日；很多人连休到周五。
holiday-assumption = 圣母升天节
    .note = 8 月 15 日，法定假日，同时是波兰建军节，正值夏季休假高峰。
holiday-all-saints = 诸圣节
    .note = 11 月 1 日，法定假日，家家户户去扫墓；10 月下旬墓地蜡烛和菊花销量大增。
holiday-independence-day = 独立日
    .note = 11 月 11 日，法定假日；部分商家会做爱国主题或 11.11 促销，语气要庄重得体。
holiday-black-friday = 黑色星期五
    .note = 波兰零售商和 Allegro 普遍参与；促销常持续一整周，一直延续到网络星期一。
holiday-mikolajki = 圣尼古拉斯节（Mikołajki）
    .note = 12 月 6 日，给孩子和同事送小礼物，是圣诞前的热门促销节点。
holiday-christmas = 圣诞节（Boże Narodzenie）
    .note = 12 月 25 日和 26 日是法定假日，紧接平安夜（自 2025 年起也是法定假日）；三天商店都关门。

holiday-epiphany = 主显节（Trzech Króli）
    .note = 1 月 6 日法定假日，商店关门，各地有色彩缤纷的三王游行。
holiday-labour-day = 劳动节（Święto Pracy）
    .note = 5 月 1 日法定假日，五月小长假（majówka）由此开始。
holiday-constitution-day = 宪法日（Święto Konstytucji 3 Maja）
    .note = 5 月 3 日法定假日，也是国庆日；商店关门。
holiday-whit-sunday = 圣灵降临节（Zielone Świątki）
    .note = 法定假日，总在周日；商店关门。
holiday-christmas-eve = 平安夜（Wigilia）
    .note = 自 2025 年起为法定假日：商店关门，家庭平安夜晚餐是最重要的庆祝。请尽早公布发货截止日期；此前的三个周日允许商店营业。

etiquette-salutation = 使用正式称呼 Pan（先生）或 Pani（女士）：开头用“Dzień dobry”或“Szanowna Pani / Szanowny Panie”，正文以 Pan/Pani 称呼对方，而不是直接用“你”。买家先用名字时再改用名字。
    .title = 称呼
etiquette-polish-language = 用波兰语回复。波兰人一眼就能看出机器翻译；简短、正确且 Pan/Pani 变格无误的句子，比冗长生硬的句子更能赢得信任。
    .title = 语言
etiquette-reply-time = 一个工作日内回复；在 Allegro 和即时通讯工具上，买家期望当天得到答复，回复慢会反映在评价里。
    .title = 回复时效
etiquette-payment = 提供 BLIK 和快捷网银转账（Przelewy24、PayU、Tpay），这是最常用的线上支付方式。买家普遍期望能寄到 InPost 自提柜（Paczkomaty），也仍有人要求货到付款。
    .title = 支付与配送
etiquette-consumer-rights = 把退货规则讲清楚：网购买家可在 14 天内无理由退货；质量投诉（reklamacja）须在 14 天内答复，否则视为接受。
    .title = 退货与投诉
etiquette-marketing-consent = 只向明确同意接收的买家发送营销邮件和消息；消费者保护局（UOKiK）和数据保护局（UODO）会执法。
    .title = 营销许可

taboo-polish-death-camps = 绝不要写“波兰死亡集中营”或“波兰集中营”。
    .rationale = 这些集中营由纳粹德国在被占领的波兰建立和运营；这种说法严重冒犯波兰人，曾引发外交抗议。
taboo-totalitarian-symbols = 不要在商品或营销中使用纳粹卐字、党卫军标志或锤子镰刀。
    .rationale = 波兰先后遭受纳粹和苏联占领；宣扬法西斯或共产主义极权制度在刑法上属于犯罪。
taboo-chrysanthemums = 喜庆或礼品类图片中避免出现菊花和墓地蜡烛（znicze）。
    .rationale = 它们与墓地和诸圣节紧密相关。
taboo-even-bouquets = 展示或销售作为礼物的花束时，请用单数枝。
    .rationale = 双数的花传统上用于葬礼和扫墓。
taboo-eastern-europe = 介绍波兰时，用“中欧”而不是“东欧”。
    .rationale = 许多波兰人认为自己的国家属于中欧，不喜欢冷战时期的这种划分。

## Commerce facts

commerce-payments = BLIK（在银行应用中生成的六位数验证码）是波兰最常用的网络支付方式，其次是快捷网银转账（Przelewy24、PayU）和银行卡。货到付款（za pobraniem）仍有人使用，延期付款（PayPo、BLIK 稍后付）也很流行。
commerce-marketplaces = Allegro 在波兰电商中占主导地位；Temu 增长极快，亚马逊波兰站（2021 年起）规模较小，其次是速卖通和 SHEIN；二手有 Vinted。
commerce-import = 自 2021 年 7 月起，凡从欧盟以外寄来的包裹，从第一分钱起都要缴纳欧盟增值税（23%）。货值 150 欧元以内，卖家或平台可通过进口一站式申报（IOSS）在结账时代收，包裹清关时不再另收费用；否则由承运商在派送前向买家收取增值税和手续费，拒付的包裹会被退回。150 欧元以内的货物免征关税；欧盟已于 2025 年同意取消这一豁免，计划自 2026 年 7 月 1 日起对低值包裹按每件商品征收 3 欧元的固定关税，直至海关数据中心投入使用。请提前告诉买家由谁承担哪些费用。
commerce-delivery = 从中国发货经邮政或跨境专线约 8-20 天，快递 3-6 天；欧盟境内 2-6 天。自提柜（InPost Paczkomat）是最受欢迎的收货方式，其次是快递（DPD、DHL）和波兰邮政。地址：街道和门牌号（ul. Marszałkowska 10/12 m. 5），然后是 NN-NNN 格式邮编和城市（00-001 Warszawa）。
commerce-returns = 消费者在收到网购商品后 14 天内可无理由撤销合同；卖家须在 14 天内退款（含标准运费），并须告知买家这项权利，否则期限最多延长 12 个月。向欧盟消费者销售的欧盟以外卖家同样受此约束。
