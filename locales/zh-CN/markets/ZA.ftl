market-name = 南非
market-summary = 非洲电商最发达的市场，由 Takealot、Amazon.co.za 和零售商官网主导。买家友好随和，但对送达时间、退货和以兰特计价（含 15% 增值税）的透明价格要求很高。WhatsApp 是日常沟通渠道，邮件作为正式记录。
business-hours = 办公时间为周一至周五，约 8:00–17:00；商店周末营业。法定假日若逢周日，顺延至周一；选举日也是法定假日。限电（load-shedding）曾多次打乱营业时间。

channel-whatsapp = 几乎所有上网的成年人都在用；咨询、订单通知和送货协调的首选渠道。
channel-email = 订单确认、发票、退货和正式投诉应使用邮件。
channel-facebook-messenger = Facebook 使用广泛，在大城市以外尤其如此；适合主页咨询和社群营销。
channel-instagram = 适合服饰、美妆和生活方式类商品；买家常通过私信做售前咨询。

holiday-new-year = 元旦
    .note = 1 月 1 日；若逢周日，顺延至周一。节日季过后，一月份消费普遍紧缩。
holiday-easter = 复活节长周末（耶稣受难日至家庭日）
    .note = 耶稣受难日和家庭日（复活节星期一）是法定假日，连休四天。
holiday-freedom-day = 自由日
    .note = 4 月 27 日，纪念 1994 年首次民主选举；常与劳动节连成长周末。
holiday-workers-day = 劳动节
    .note = 5 月 1 日，法定假日。
holiday-youth-day = 青年节
    .note = 6 月 16 日，纪念 1976 年索韦托学生起义；相关营销要庄重得体。
holiday-heritage-day = 传统日
    .note = 9 月 24 日，庆祝文化多样性，俗称“烧烤日”（Braai Day），适合做烧烤和户外主题促销。
holiday-black-friday = 黑色星期五
    .note = 南非全年最大的线上促销；零售商提前数周开始打折，物流网络严重拥堵。
holiday-cyber-monday = 网络星期一
    .note = 黑色星期五之后的星期一；大型电商有专门的优惠活动。
holiday-reconciliation-day = 和解日
    .note = 12 月 16 日，法定假日，标志着夏季节日季开始，许多企业停业到一月初。
holiday-christmas = 圣诞节和亲善日
    .note = 12 月 25–26 日；正值盛夏的送礼旺季；请尽早公布快递截止日期。

holiday-good-friday = 耶稣受难日
    .note = 法定假日；大多数商店和办公室关门。
holiday-family-day = 家庭日（复活节星期一）
    .note = 法定假日；办公室关门。

holiday-human-rights-day = 人权日
    .note = 3 月 21 日法定假日（纪念 1960 年沙佩维尔惨案），为纪念日，营销应保持庄重。
holiday-election-day = 选举日
    .note = 为全国或地方选举宣布的法定假日（2024 年 5 月 29 日），通常提前数月公布。
holiday-womens-day = 全国妇女节
    .note = 8 月 9 日法定假日（纪念 1956 年妇女大游行）；八月是"妇女月"，适合面向女性的营销活动。

etiquette-salutation = 直接称呼名字很正常（“Hi Thabo”）；只有买家写得很正式时才用“Mr/Ms + 姓氏”，跟随对方的风格即可。
    .title = 称呼
etiquette-just-now = 时间表达要精确：在南非英语中“just now”指“待会儿”，“now now”才是“马上”。请给出具体的送货日期和时间。
    .title = 时间用语
etiquette-payment = 银行卡和即时网银转账（如 Ozow）是标配；先买后付（Payflex、PayJustNow）很受欢迎；货到付款很少见。价格以兰特标示并含增值税，如有进口关税也要写明。
    .title = 支付
etiquette-reply-time = 邮件一个工作日内回复，WhatsApp 几小时内回复；快递延误时要主动告知买家。
    .title = 回复时效
etiquette-popia = 只向同意接收的买家发送营销信息，并提供退订方式；《个人信息保护法》（POPIA）和《消费者保护法》都对直销营销有规定。
    .title = 隐私与许可
etiquette-language = 用英语书写；南非有十二种官方语言，用买家的语言打个招呼（如祖鲁语“Sawubona”）会受欢迎，但并非必需。
    .title = 语言

taboo-old-flag = 绝不要在商品或营销中使用橙白蓝三色的南非旧国旗（1928–1994）。
    .rationale = 法院在 2019 年和 2023 年裁定，无端公开展示旧国旗构成仇恨言论、不公平歧视和骚扰。
taboo-racial-slurs = 绝不要使用种族歧视词语，尤其是“k 字”，翻译或商品名中也不行。
    .rationale = 这些属于仇恨言论；已有人因使用“k 字”被定罪入狱。
taboo-racial-stereotypes = 避免任何把某一种族、肤色或发质描绘为低人一等的图片或说法。
    .rationale = 2020 年一则洗发水广告把黑人头发描述为“干枯受损”，引发抗议、门店关闭和抵制。
taboo-skin-lightening = 不要销售含氢醌或汞的美白产品，避免“美白”类宣传语。
    .rationale = 这些成分在化妆品中被禁止，宣扬“越白越好”的营销普遍被批评为肤色歧视。

## Commerce facts

commerce-payments = 银行卡是主要的网络支付方式，其次是即时 EFT（银行直付，如 Ozow）、普通 EFT 和钱包；先买后付（Payflex）在增长。货到付款很少见。
commerce-marketplaces = Takealot 是最大的电商平台；亚马逊南非站于 2024 年开业，Temu 和 SHEIN 是大型跨境卖家。
commerce-import = 低值包裹缴纳固定关税税率加 15% 增值税；自 2024 年 9 月起，500 兰特以内快件的固定税率上调，使平台上的廉价进口商品缴税更多。本资料未能确认具体税率，报价前请查询南非税务局（SARS）。由承运商在派送前收取。
commerce-delivery = 从中国 10-30 天，从欧盟 7-20 天，快递 4-8 天；邮局服务一直不可靠，因此更多使用快递公司和自提点（Pargo、PAXI）。地址：门牌号和街道名、区（suburb）、城市和四位邮编。
commerce-returns = 《电子通信与交易法》第 44 条给予网购买家自收货起 7 天的冷静期，无需说明理由；《消费者保护法》还对直接营销给予 5 个工作日的冷静期，并允许在 6 个月内退回有缺陷的商品。
