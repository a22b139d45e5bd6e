market-name = 泰国
market-summary = 典型的“聊天式电商”市场：买家下单前会在 LINE、Facebook 和平台聊天里咨询，期待快速、友好的回复，常用银行转账或货到付款。用礼貌的泰语并加上合适的句尾语气词，处理纠纷时保持冷静和微笑，对王室和佛教要格外尊重。
business-hours = 公司一般工作日 8:30–17:30 上班，12:00–13:00 午休。法定假日逢周末时，下一个工作日补休，政府有时还会加放桥接假。宋干节（4 月 13–15 日）和新年是长假；许多佛教节日和王室纪念日（万佛节、却克里王朝纪念日、加冕日、三宝佛节、国王和王后诞辰、五世王纪念日、宪法日）政府机关和银行也休息。

channel-line = 最主要的即时通讯应用；买家希望卖家有 LINE 官方账号，用于订单咨询、发送付款凭证、物流通知和促销。
channel-facebook-messenger = Facebook 主页和直播是巨大的销售渠道（“F-commerce”）；买家会在评论里打“CF”确认下单或私信询价，要尽快回复。
channel-marketplace-chat = Shopee、Lazada 和 TikTok Shop 的平台聊天承载大部分咨询；回复率和速度会影响店铺评分。
channel-tiktok = TikTok Shop 的短视频和直播带来曝光和冲动消费；直播中和直播后要回复评论。

holiday-new-year = 元旦
    .note = 与除夕以及常见的桥接假连在一起，往往休息好几天；12 月是年终送礼旺季。
holiday-chinese-new-year = 春节（华人新年）
    .note = 不是全国法定假日，但泰国华人家庭普遍庆祝：红色服饰、黄金和供品好卖，华人经营的商店和批发商可能关门几天。
holiday-makha-bucha = 万佛节（玛卡布差节）
    .note = 泰历三月月圆日（2 月或 3 月）的佛教节日。政府机关和银行休息，禁止售酒，很多人去寺庙；促销宜低调。逢周末则下一个工作日补休。
holiday-chakri-day = 却克里王朝纪念日
    .note = 4 月 6 日，纪念现任却克里王朝建立。政府机关和银行休息，常与宋干节连成长假。
holiday-songkran = 宋干节（泼水节，泰历新年）
    .note = 4 月 13–15 日，全年最大的节日：人们返乡，快递变慢，很多店铺关门。三天中有任何一天落在周末时补休一天，政府还常常加放桥接假。节前泼水和夏季用品热销。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，私营企业和银行放假（政府机关照常上班）；逢周末则下一个工作日补休。
holiday-coronation-day = 加冕日
    .note = 5 月 4 日，纪念哇集拉隆功国王加冕；政府机关和银行休息。
holiday-visakha-bucha = 卫塞节（佛诞节）
    .note = 最重要的佛教节日（泰历六月月圆日，闰月年为七月）。重要佛教节日禁止售酒（2025 年起酒店、机场和持牌娱乐场所例外）；促销宜低调。
holiday-queen-suthida-birthday = 素提达王后诞辰
    .note = 6 月 3 日，公共假日；政府机关和银行休息。
holiday-asahna-bucha = 三宝佛节（阿莎叻哈布差节）
    .note = 泰历八月月圆日（7 月或 8 月）的佛教节日，纪念佛陀初次说法。政府机关和银行休息，禁止售酒；加上次日的守夏节，政府机关连休两天。
holiday-khao-phansa = 守夏节（入夏安居）
    .note = 三宝佛节的次日：政府机关休息，银行和多数企业照常上班。当天禁止售酒，很多人在三个月的安居期内戒酒，避免做酒类促销。
holiday-king-birthday = 哇集拉隆功国王诞辰
    .note = 7 月 28 日，公共假日；政府机关和银行休息。不要在广告中使用王室形象或借此营销。
holiday-mothers-day = 母亲节（诗丽吉王太后诞辰）
    .note = 8 月 12 日，公共假日；茉莉花、送给母亲的礼物和家庭聚餐很受欢迎。
holiday-king-bhumibol-memorial-day = 普密蓬国王纪念日
    .note = 10 月 13 日，九世王逝世纪念日；是悼念的日子，营销宜低调。
holiday-chulalongkorn-day = 五世王纪念日（朱拉隆功纪念日）
    .note = 10 月 23 日，纪念五世王；政府机关和银行休息。
holiday-double-eleven = 11.11 大促
    .note = Shopee、Lazada、TikTok Shop 每月“双数日”大促（9.9、10.10、11.11、12.12）中规模最大的一场；优惠在当天零点开始，提前几天就会预热。平台每月 25 日前后还有“发薪日”促销。
holiday-fathers-day = 国庆日暨父亲节（普密蓬国王诞辰）
    .note = 12 月 5 日，公共假日；节前一周送父亲的礼物热销。
holiday-constitution-day = 宪法日
    .note = 12 月 10 日，公共假日；政府机关和银行休息，此时年终购物季正旺。
holiday-double-twelve = 12.12 年终大促
    .note = 全年最后一场平台大促，也是新年送礼采购的开始。
holiday-new-years-eve = 除夕（12 月 31 日）
    .note = 12 月 31 日是公共假日；从这天起到 1 月 1 日之后公司都不上班，加上桥接假往往更长。

holiday-bridge-holiday = 特别假日（桥接假期）
    .note = 内阁临时宣布的一次性公共假日，通常提前几个月公布，用于把节日与周末连成长假；政府机关和银行放假，很多公司也跟着放假。

etiquette-salutation = 称呼买家用“Khun（คุณ）+ 名字”（如“Khun Somchai”）；泰国人很少用姓氏，正式消息也一样。
    .title = 称呼
etiquette-polite-particles = 句尾要加礼貌语气词：写信人是男性用“krub（ครับ）”，女性用“ka（ค่ะ/คะ）”；很多店铺账号统一用“ka”。不加语气词会显得生硬。
    .title = 礼貌语气词
etiquette-jai-yen = 保持“冷静的心”（jai yen）：态度平和友好，不指责买家、不提高语气，给出能让双方都保住面子的解决方案。当面发火等于终结关系。
    .title = 保持冷静
etiquette-payment = 银行转账和 PromptPay 二维码付款很普遍：买家会发送转账凭证截图，发货前请与账户入账核对。货到付款仍被广泛使用，TrueMoney 钱包和银行卡也很常见。
    .title = 支付
etiquette-emoji = 聊天中欢迎使用表情和 LINE 贴图。“555”表示大笑（泰语中“5”读作“ha”），不要当成数字。
    .title = 表情与“555”

taboo-royal-family = 绝不要在营销、玩笑或评论中使用国王、王后或其他王室成员、他们的肖像或王室标志。
    .rationale = 《刑法》第 112 条（冒犯君主罪）规定，诽谤或侮辱王室每项罪名可判 3 至 15 年监禁，泰国人也对王室怀有深厚的敬意。
taboo-buddha-imagery = 不要把佛像用作装饰、印在商品上（地垫、鞋子、泳衣、纹身风印花）或用在轻浮的广告里。
    .rationale = 佛像是神圣的礼拜对象，用作装饰会冒犯他人；从泰国出口佛像还须获得艺术厅许可。
taboo-feet = 不要展示脚朝向他人、把脚搁在桌上或靠近头部、圣物和王室肖像的画面。
    .rationale = 脚是身体最低、最不洁的部位，用脚指向别人是侮辱；头部则是最受尊重的部位。
taboo-red-ink-names = 避免用红色书写他人的名字。
    .rationale = 传统上逝者的名字用红色书写，会让人联想到死亡。

## Commerce facts

commerce-payments = 最常用的是 PromptPay 二维码和手机银行转账，其次是银行卡、货到付款（平台上仍很常见）、TrueMoney 和 ShopeePay。
commerce-marketplaces = Shopee、来赞达和 TikTok Shop 占主导地位；Temu 于 2024 年进入。
commerce-import = 自 2024 年 7 月起，所有进口包裹无论金额大小都须缴纳 7% 增值税；1,500 泰铢以内的包裹仍免征关税。由泰国邮政或快递公司在派送前收取；政府一直在推动由平台在结账时代收增值税。
commerce-delivery = 从中国 4-10 天，从欧盟 8-18 天，快递 3-5 天；承运商有泰国邮政、Flash、Kerry、极兔和平台物流。地址：门牌号、村或楼名、巷（soi）、路、分区、县、府以及五位邮编。
commerce-returns = 泰国法律没有因改变主意而退回网购商品的通用权利，按店铺或平台政策处理。根据《直销与直接营销法》，登记的直接营销卖家须承认 7 天退货权；请核实是否适用于该卖家。
