market-name = 土耳其
market-summary = 规模大、对价格敏感的电商市场，由 Trendyol、Hepsiburada 和 Amazon.com.tr 主导。买家期望热情而礼貌的土耳其语、WhatsApp 快速回复、以里拉标价并可分期付款，以及快捷的退货。通胀使买家格外关注价格：报出的价格要兑现，运费要提前说明。
business-hours = 办公时间为周一至周五，约 9:00–18:00，中午午休；许多商店周六也营业。开斋节和宰牲节期间没人回复（政府有时会把假期连成 9 天），国家节日（包括 7 月 15 日民主日和 8 月 30 日胜利日）也停工；节日前一天下午和共和国日前一天下午放半天假。

channel-whatsapp = 咨询、订单跟踪和退货的默认渠道；请使用 WhatsApp Business 并设置土耳其语快捷回复。
channel-instagram = 最主要的社交橱窗，尤其是服饰、美妆和家居；很多买家通过私信下单或询价。
channel-email = 用于发票（e-fatura/e-arşiv）、退货和正式投诉。
channel-phone = 许多买家（尤其是年长者）遇到配送问题更愿意打电话；请准备土耳其语热线或回电服务。

holiday-new-year = 元旦
    .note = 法定假日；12 月下旬新年礼品和装饰热销。
holiday-ramazan-bayrami-eve = 开斋节前夕（Arife）
    .note = 法定半天假：开斋节前一天 13:00 起下班。下午不会有人回复，上午常有赶在节前下单的礼品订单。
holiday-ramazan-bayrami = 开斋节（Ramazan Bayramı）
    .note = 伊斯兰历 10 月 1 日起放假三天，前一天下午放半天；日期以宗教事务局（Diyanet）官方历法为准，提前数年即可确定。节前服装、甜点和礼品热销。政府有时会给公务员加放调休日（最长连休 9 天），私营企业通常只放法定天数。
holiday-kurban-bayrami-eve = 宰牲节前夕（Arife）
    .note = 法定半天假：宰牲节前一天 13:00 起下班。
holiday-kurban-bayrami = 宰牲节（Kurban Bayramı）
    .note = 按宗教事务局历法，伊斯兰历 12 月 10 日起放假四天，前一天下午放半天；许多人出行，物流变慢，政府有时会把假期连成 9 天。
holiday-national-sovereignty-day = 国家主权与儿童节
    .note = 4 月 23 日，法定假日；前后适合推广玩具和儿童用品。
holiday-labour-day = 劳动与团结日
    .note = 5 月 1 日，法定假日。
holiday-mothers-day = 母亲节
    .note = 五月的第二个星期日；全年最大的送礼节日之一。
holiday-youth-day = 纪念阿塔图尔克暨青年与体育节
    .note = 5 月 19 日，法定假日。
holiday-democracy-day = 民主与民族团结日
    .note = 7 月 15 日，法定假日，纪念 2016 年挫败未遂政变；气氛庄重，不要借此做促销。
holiday-victory-day = 胜利日（Zafer Bayramı）
    .note = 8 月 30 日，法定假日，纪念 1922 年独立战争的胜利；机关单位放假，到处悬挂国旗。
holiday-republic-day-eve = 共和国日前夕
    .note = 法定半天假：10 月 28 日 13:00 起下班。
holiday-republic-day = 共和国日
    .note = 10 月 29 日，法定假日，前一天下午已放半天；民族自豪感强烈，相关主题营销要庄重得体。
holiday-singles-day = 11.11 大促
    .note = 土耳其各大平台都有大型 11.11 折扣日，拉开十一月促销季的序幕。
holiday-black-friday = 黑色星期五（Efsane Cuma 等名称）
    .note = 土耳其零售商通常称之为“Efsane Cuma”（传奇星期五），或做整月的“Efsane Kasım”促销，而不用“Kara Cuma”；见禁忌说明。

etiquette-salutation = 用名字加 Bey（先生）或 Hanım（女士）称呼买家，如“Ahmet Bey”“Ayşe Hanım”；开头用“Merhaba”或“İyi günler”，并使用敬语“siz”。
    .title = 称呼
etiquette-turkish = 用土耳其语回复；很少有买家愿意用英语沟通。请正确使用土耳其语字母（ç、ğ、ı、İ、ö、ş、ü），拼错会显得不用心。
    .title = 语言
etiquette-reply-time = 在 WhatsApp 和平台上，买家期望几小时内得到回复，并期待快速发货（常为次日）；订单如有延误要立即告知。
    .title = 回复时效
etiquette-instalments = 较大金额的购买，买家默认可以用信用卡分期（taksit）；请列出分期方案和总价。货到付款（kapıda ödeme）和银行转账（EFT/havale）也很常见。
    .title = 支付
etiquette-bargaining = 买家常会要折扣、优惠券或包邮；给一点小让步就能成交，礼貌地说明“这是我们的最优价格”也能被接受。
    .title = 议价
etiquette-holiday-greetings = 宗教节日和国家节日时发送祝福（如“İyi bayramlar”“Ramazan Bayramınız mübarek olsun”）；语气要真诚，不要像推销。
    .title = 节日问候

taboo-ataturk = 不要调侃、篡改或以不敬方式使用阿塔图尔克的肖像或名字。
    .rationale = 根据第 5816 号法律，侮辱阿塔图尔克的名誉属于犯罪，也会深深冒犯大多数土耳其人。
taboo-political-history = 远离 1915 年事件、库尔德问题、塞浦路斯问题以及标注争议边界的地图。
    .rationale = 这些都是高度敏感的政治话题；“诋毁土耳其民族”也触犯刑法第 301 条。
taboo-kara-cuma = 不要直译黑色星期五为“Kara Cuma”；请使用中性的活动名称。
    .rationale = 星期五是穆斯林的圣日；2017 年“黑色星期五”活动曾引发抵制呼声，零售商随后改用“Efsane Cuma”等名称。
taboo-alcohol-ads = 不要为酒精饮料做广告或促销，包括赠品和网红推广。
    .rationale = 自 2013 年（第 6487 号法律）起，几乎所有酒类广告和促销都被禁止。
taboo-ok-gesture = 图片中避免出现 OK 手势（拇指和食指成圈）。
    .rationale = 在土耳其，这个手势可能被理解为粗俗的侮辱。

## Commerce facts

commerce-payments = 以银行卡为主，几乎所有购物买家都期待通过发卡行分期（taksit）；其次是银行转账（havale/EFT）、钱包和货到付款（kapıda ödeme）。
commerce-marketplaces = Trendyol 和 Hepsiburada 是最大的电商平台，其次是亚马逊土耳其站和 n11；Temu 于 2024 年进入。
commerce-import = 土耳其多次收紧低值邮政和快件进口规定：2024 年免税限额降至 30 欧元，对此类包裹适用固定税率，非欧盟来源更高。本资料未能确认现行限额和税率，报价前请查询土耳其贸易部。
commerce-delivery = 从中国 10-25 天，从欧盟 5-14 天，快递 3-6 天；承运商有 PTT、Yurtiçi、Aras、MNG 和平台物流，并有自提点。地址：街区（mahalle）、街道、楼号和户号，然后是邮编、区和省（34000 Fatih/İstanbul）。
commerce-returns = 消费者可在收货后 14 天内无理由撤销远程合同（《远程合同条例》第 9 条）；卖家须在 14 天内退款。
