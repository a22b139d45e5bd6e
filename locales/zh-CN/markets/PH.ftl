market-name = 菲律宾
market-summary = 年轻、重度依赖社交媒体的市场：购买往往从 Facebook Messenger、TikTok 或直播开始，在 Shopee、Lazada 或 TikTok Shop 完成下单。买家期待用英语或 Taglish（他加禄语夹英语）得到热情有礼的回复，快速报出价格和运费，并支持货到付款或 GCash。圣诞购物季从 9 月（“ber 月份”）就开始，每月的双数日大促在 11.11 和 12.12 达到高峰。
business-hours = 企业通常周一至周五 08:00–17:00 上班（许多私企为 09:00–18:00），中午休息一小时；很多商店和小卖家周六也营业。假日日期每年由总统公告确认，常会增加 12 月 24 日、31 日等特别休息日。圣周期间以及平安夜至元旦期间活动很少。

channel-facebook-messenger = 最主要的聊天渠道：大多数买家下单前会先给 Facebook 主页发消息。请快速回复，为价格、库存和运费设置快捷回复，并以文字形式确认订单。
channel-marketplace-chat = Shopee、Lazada、TikTok Shop 的站内聊天；聊天回复率低的店铺会被提示为“回复不积极”。订单和付款应留在平台内。
channel-viber = 使用广泛，尤其是年长买家，也常用于群组通知；适合订单跟进和送货协调。
channel-tiktok = TikTok 及其直播带货带来曝光和冲动消费，TikTok Shop 可把视频直接转化为订单。
channel-facebook = 很多店铺通过 Facebook 公共主页销售：买家先看评论和评价，再私信主页；及时回复公开评论，订单细节转到 Messenger 处理。

holiday-new-year = 元旦
    .note = 法定假日；12 月 31 日为特别休息日，有时 1 月 2 日也放假。
holiday-chinese-new-year = 春节（华人新年）
    .note = 每年宣布的特别休息日；菲律宾华人家庭庆祝，岷伦洛华人区和华人批发商关门，节前几周红色、金色和吉祥饰品热销。
holiday-holy-week = 圣周（濯足节至圣周六）
    .note = 濯足节（周四）和耶稣受难日为法定假日，圣周六为特别休息日；企业、许多商店和快递暂停，数百万人返乡。请不要安排配送，回复也会变慢。
holiday-araw-ng-kagitingan = 英勇日（Araw ng Kagitingan）
    .note = 4 月 9 日，纪念巴丹守军的法定假日；可由总统公告移到星期一（2023 年为 4 月 10 日）。
holiday-labor-day = 劳动节
    .note = 5 月 1 日，法定假日；企业、银行和政府机关休息。
holiday-eid-al-fitr = 开斋节
    .note = 斋月结束时的法定假日，每年根据穆斯林菲律宾人国家委员会的建议由总统公告确定，通常只提前一两周公布；日期可能与其他国家相差一天。
holiday-independence-day = 独立日
    .note = 6 月 12 日，法定假日，常有爱国主题促销，但不要把国旗印在商品上。
holiday-eid-al-adha = 宰牲节
    .note = 法定假日（古尔邦节），每年根据穆斯林菲律宾人国家委员会的建议在节前不久由总统公告确定。
holiday-ninoy-aquino-day = 尼诺·阿基诺纪念日
    .note = 8 月 21 日，特别休息日；可能为凑长周末而调整（2024 年为 8 月 23 日）。
holiday-national-heroes-day = 民族英雄节
    .note = 8 月最后一个星期一（第 9492 号共和国法），法定假日。
holiday-sale-9-9 = 9.9 大促
    .note = 拉开“ber 月份”的序幕，菲律宾人从此开始圣诞购物；各平台举办大型 9.9 和 10.10 活动。
holiday-all-saints-day = 诸圣节（Undas）
    .note = 特别休息日；家家户户扫墓、返乡，11 月 2 日也常被定为休息日。
holiday-sale-11-11 = 11.11 大促
    .note = 全年最大的平台大促之一，也是采购圣诞礼物的重要节点。
holiday-bonifacio-day = 博尼法西奥纪念日
    .note = 11 月 30 日，纪念安德烈斯·博尼法西奥的法定假日；可能移到最近的星期一（2023 年为 11 月 27 日）。正值圣诞购物季。
holiday-immaculate-conception = 圣母无原罪瞻礼
    .note = 12 月 8 日，2018 年起为特别休息日；许多机构和银行休息，商场照常营业，圣诞购物人潮很多。
holiday-sale-12-12 = 12.12 大促
    .note = 圣诞前最后一场大促；请设定发货截止日期，确保礼物在 12 月 24 日前送达。
holiday-christmas = 圣诞节
    .note = 最重要的节日；节日季从 9 月持续到次年 1 月初，12 月 24 日通常为特别休息日。礼品、服装、数码产品和家居用品在 11、12 月达到销售高峰。
holiday-rizal-day = 黎刹纪念日
    .note = 12 月 30 日，纪念民族英雄何塞·黎刹的法定假日，是年末假期的一部分。
holiday-new-years-eve = 年末最后一天
    .note = 12 月 31 日，特别休息日；加上黎刹纪念日和元旦，这一周大部分时间机构和快递都停工。

etiquette-salutation = 称呼买家“Sir”或“Ma'am”，常加上名字（如“Ma'am Joy”“Sir Mark”）。用菲律宾语时加上“po”表示礼貌（如“Salamat po”，谢谢您），给年长买家写信时尤其应该使用。
    .title = 称呼
etiquette-language = 商务沟通完全可以用英语；很多买家用 Taglish 写消息。请用英语或简单的菲律宾语回复，语气礼貌热情；不要生硬拒绝，而是给出替代方案。
    .title = 语言
etiquette-reply-time = Messenger 买家期待白天几分钟到一小时内得到回复，等太久往往就转向别的卖家。请设置自动问候和快捷回复，买家问“HM?”（多少钱）时直接报出含运费的总价。
    .title = 回复时效
etiquette-emoji = 友好、活泼的语气配合表情符号很常见，有助于拉近关系；处理投诉时少用。
    .title = 表情符号
etiquette-haggling = 买家常问“last price?”（最低价？）或要求包邮；请事先定好底价，礼貌回应。直播中买家在评论里打“mine”即表示认购，请尽快逐一确认认购和付款，避免遇到只占单不付款的“joy reserver”。
    .title = 议价
etiquette-payment = 货到付款仍是最受信任的方式；预付订单常用 GCash 和 Maya 电子钱包，也有银行转账和银行卡。COD 订单发货前请先确认订单和总金额，减少拒收。
    .title = 支付

taboo-nine-dash-line = 商品、包装和广告中切勿使用标有中国南海“九段线”的地图或地球仪。
    .rationale = 菲律宾称这片海域为“西菲律宾海”，并于 2016 年赢得针对该主张的仲裁裁决；2013 年书店下架了标有九段线的中国产地球仪，展示该线的影视作品也曾遭遇删改要求或抵制呼声。
taboo-national-flag = 不要把菲律宾国旗印在商品、包装或广告上，也不要在国旗上添加文字或标志。
    .rationale = 《国旗与纹章法》（第 8491 号共和国法第 34 条）禁止将国旗用作商标、商业标签或设计，禁止印在商品上或用于广告。
taboo-religion = 不要嘲讽宗教，也不要把宗教形象（圣人、圣婴像、十字架）用于玩笑或随意的设计。
    .rationale = 约五分之四的菲律宾人信奉天主教，《修订刑法典》第 133 条惩处冒犯宗教感情的行为。
taboo-beckoning-finger = 不要展示弯曲食指招人过来的手势，应改用掌心向下招手。
    .rationale = 这个手势用于呼唤动物，被视为侮辱。

## Commerce facts

commerce-payments = 最常用的是 GCash 和货到付款，其次是 Maya、银行卡、GrabPay 和银行转账；选择货到付款的买家希望在发货前收到确认消息。
commerce-marketplaces = Shopee 和来赞达领先，TikTok Shop 增长很快，Temu 自 2023 年起进入。
commerce-import = 货值 10,000 比索以内的进口商品免征关税和增值税（《海关现代化与关税法》规定的免税额度）；超过时征收关税和 12% 增值税，由快递公司或菲律宾邮政收取，并收取手续费。部分商品无论货值多少都需要进口许可。
commerce-delivery = 从中国 5-15 天，从欧盟 10-25 天，快递 3-7 天；承运商有菲律宾邮政、LBC、极兔、Flash 和平台物流；吕宋岛以外的岛屿耗时更长。地址：单元、楼名、街道、描笼涯（barangay）、市或镇、省以及四位邮编。
commerce-returns = 菲律宾法律没有因改变主意而退回网购商品的通用权利（对有缺陷的商品禁止“不退不换”告示）；《消费者法》和《2023 年网络交易法》保护购买有缺陷或与描述不符商品的买家。
