market-name = 澳大利亚
market-summary = 说英语、风格随意的市场：买家希望沟通直白、物流信息及时、退货省心。他们习惯直呼名字，反感夸张宣传，也很清楚自己的消费者权益。售前售后主要靠邮件和网站在线客服；面向年轻买家时，Messenger 和 Instagram 也很重要。
business-hours = 企业一般在当地时间周一至周五 9:00–17:00 办公。悉尼和墨尔本比北京时间快 2 小时（夏令时期间，即 10 月至次年 4 月，快 3 小时）；布里斯班全年快 2 小时，珀斯与北京时间相同。圣诞节至新年期间以及各州公众假期（各州不尽相同）回复会明显变慢。

channel-email = 订单确认、发货通知、退货和促销邮件的默认渠道。内容简短友好，落款用真实姓名。
channel-live-chat = 买家希望店铺有在线聊天按钮，并在澳大利亚工作时间内几分钟就有回应；请写明离线时段。
channel-facebook-messenger = 各年龄段的澳大利亚人都在用；适合通过 Facebook 主页处理售前快速咨询和订单跟进。
channel-instagram = 服装、美妆和家居类目的重要渠道；买家常通过私信询问尺码和库存。

holiday-new-year = 元旦
    .note = 全国公众假期；若逢周末，则顺延至下周一放假。
holiday-australia-day = 澳大利亚国庆日
    .note = 1 月 26 日，全国公众假期，逢周末顺延至周一。许多原住民对这一天有不同看法，促销宜低调。
holiday-easter = 复活节长周末
    .note = 耶稣受难日和复活节星期一为全国公众假期，多数州复活节星期六也放假；受难日很多商店关门。客服和物流通常停摆四天。
holiday-anzac-day = 澳新军团日（Anzac Day）
    .note = 4 月 25 日，全国纪念参战军人的日子。许多商家上午不营业；切勿以这一天为主题搞促销。若逢周末，有的州会在周一补假，有的州不补，各州、各年份规定不同。
holiday-mothers-day = 母亲节
    .note = 五月第二个星期日，与美国同日；鲜花、美妆、首饰和家居用品的重要送礼节点。建议提前三周推广，并预留澳大利亚邮政的派送时间。
holiday-kings-birthday = 国王诞辰日
    .note = 大多数州为六月第二个星期一；西澳（通常在九月下旬）和昆士兰（十月第一个星期一）较晚。
holiday-eofy-sales = 财年末（EOFY）大促
    .note = 澳大利亚财年于 6 月 30 日结束，零售商整个六月都在清仓促销，电子产品、家电和办公采购最为火爆。
holiday-fathers-day = 父亲节
    .note = 九月第一个星期日（不是美英的六月）；工具、烧烤用品、数码产品和服装的送礼节点。建议八月中旬开始推广。
holiday-click-frenzy = Click Frenzy 网购节
    .note = 澳大利亚本土的线上大促，通常在十一月第二个星期二晚 7 点（澳东夏令时）开场，持续 53 小时，标志着圣诞购物季开始。
holiday-black-friday = 黑色星期五
    .note = 如今已是澳大利亚最大的购物节之一，常延长为一整周，到网络星期一结束。日期跟随美国（十一月第四个星期四之后的星期五）。
holiday-christmas = 圣诞节
    .note = 送礼旺季正值澳洲初夏；请尽早公布澳大利亚邮政（Australia Post）的圣诞寄件截止日期。逢周末则顺延至工作日放假。
holiday-boxing-day = 节礼日（Boxing Day）
    .note = 12 月 26 日公众假期，也是澳大利亚传统上规模最大的清仓大促的开始，如今线上促销会一直持续到新年。若逢周末，则改在下一个工作日放假。

holiday-good-friday = 耶稣受难日
    .note = 法定假日；大多数商店和办公室关门。
holiday-easter-monday = 复活节星期一
    .note = 法定假日；办公室关门。

etiquette-salutation = 从第一封消息起就称呼买家的名字（如“Hi Sarah”）。用头衔加姓氏会显得生硬；跟随买家自己的语气。
    .title = 称呼
etiquette-plain-talk = 友好、直接、低调。澳大利亚人不信任夸张和“最好”“第一”之类的说法；清楚说明产品用途、到货时间，以及出问题时你会怎么处理。
    .title = 直白沟通
etiquette-consumer-guarantees = 切勿写“不退不换”。根据《澳大利亚消费者法》，商品有质量问题时买家有权要求维修、更换或退款，海外卖家同样适用。可以不接受无理由退货，但要事先写清楚。
    .title = 消费者保障
etiquette-reply-time = 按澳大利亚时间在一个工作日内回复。在线聊天和 Messenger 应在几小时内回应；非工作时间设置自动回复。
    .title = 回复时效
etiquette-payment-and-gst = 提供银行卡、PayPal、Apple Pay 或 Google Pay，以及“先买后付”（Afterpay、Zip）。以澳元标价并含商品服务税（GST）：对澳销售额超过 7.5 万澳元的海外卖家，须对 1000 澳元及以下的商品收取 10% 的 GST。
    .title = 支付与 GST
etiquette-australian-english = 使用澳式英语拼写（colour、organise），日期写作 日/月/年，使用公制单位，价格以澳元标示。美式拼写和单位会让买家一眼看出是外国卖家。
    .title = 澳式英语

taboo-anzac-word = 不要在商品、包装或促销中使用“Anzac”一词。
    .rationale = 该词的商业使用受《保护“Anzac”一词条例》限制，须经退伍军人事务部许可；未经许可进口带有该词的商品也被禁止。
taboo-fake-aboriginal-art = 除非由原住民艺术家创作或获其授权，否则不要将商品标为或做成“原住民艺术”。
    .rationale = 假冒原住民艺术会造成文化伤害，也违反消费者法；2019 年联邦法院因此类虚假宣传对 Birubi Art 公司处以 230 万澳元罚款。
taboo-uluru-images = 未取得国家公园许可时，避免在商品图片和广告中使用乌鲁鲁（艾尔斯岩）。
    .rationale = 乌鲁鲁是阿南古（Anangu）原住民的圣地；商业使用其图像须申请许可，部分地点完全禁止拍摄。
taboo-australia-day-promotions = 谨慎对待以澳大利亚国庆日为主题的商品和促销。
    .rationale = 许多原住民把 1 月 26 日视为哀悼日；2024 年已有多家大型零售商停售国庆日主题商品。
taboo-v-sign-palm-inward = 不要出现手背朝向观看者的“V”字手势。
    .rationale = 这种做法在澳大利亚是侮辱性手势，相当于竖中指；掌心朝外的“V”字则表示和平或胜利。

## Commerce facts

commerce-payments = 银行卡（以借记卡为主，常通过 Apple Pay 或 Google Pay 付款）和 PayPal 是主要的网络支付方式；源自澳大利亚的先买后付服务 Afterpay 使用广泛，Zip 和 PayID 转账也很常见。
commerce-marketplaces = 亚马逊澳洲站和 eBay 领先，跨境卖家中 Temu 和 SHEIN 规模很大，电子产品有 Kogan，手工艺品有 Etsy。
commerce-import = 货值 1,000 澳元以内的商品免征关税，但须由境外卖家或平台在结账时收取 10% 商品及服务税（GST），卖家或平台须在澳大利亚税务局登记。超过 1,000 澳元时，买家（或作为报关代理的快递公司）须提交进口申报，缴纳关税、GST 和处理费后才能放行。
commerce-delivery = 从中国经邮政或跨境专线约 7-20 天，从欧盟 8-20 天，快递 3-7 天；由澳大利亚邮政、StarTrack、快递公司和自提柜派送。地址：姓名、门牌号和街道，然后是区（suburb）、州缩写和四位邮编（SYDNEY NSW 2000）。
commerce-returns = 澳大利亚网购没有冷静期。适用的是《澳大利亚消费者法》的消费者保障：商品出现重大故障时，无论店铺政策如何，买家都有权退款或换货；“概不退款”的告示是违法的。
