market-name = 墨西哥
market-summary = 重人情、讲关系的市场：买家期待热情的问候、WhatsApp 上的快速回复，以及灵活的付款方式（包括现金和免息分期）。请使用墨西哥西班牙语，语气礼貌，先建立信任再推动成交；Buen Fin 和 Hot Sale 是全年最大的线上促销活动。
business-hours = 企业一般在工作日 9:00–18:00 办公，午餐时间较长，通常在 14:00 到 16:00 之间；很多商店周六上午也营业。墨西哥城全年比北京时间慢 14 小时（自 2022 年起不再实行夏令时）。银行在 11 月 2 日和 12 月 12 日（瓜达卢佩圣母节）也休息，但这两天不是法定休息日。12 月中旬到 1 月 6 日很多人都在休假。

channel-whatsapp = 日常沟通的首选：大多数买家喜欢在 WhatsApp 上咨询、确认订单和查询物流。使用 WhatsApp Business，配置商品目录、快捷回复和离开消息。
channel-facebook-messenger = 墨西哥是 Facebook 最大的市场之一；很多买家首次接触店铺就是通过其 Facebook 主页或 Marketplace。
channel-instagram = 服装、美妆和生活方式类目表现突出；买家常通过私信询问价格和尺码。
channel-email = 主要用于订单确认、电子发票（CFDI）和正式投诉；很少有买家通过邮件发起咨询。
channel-marketplace-chat = Mercado Libre 和 Amazon.com.mx 的提问在平台内回答，且常常公开显示在商品页上；回复越快卖家信誉越高，平台内不允许交换联系方式。

holiday-new-year = 元旦
    .note = 法定休息日；圣诞—主显节季一直持续到 1 月 6 日（三王节），传统上孩子们在这一天收礼物。
holiday-holy-week = 圣周四与耶稣受难日
    .note = 不是法定休息日，但银行和许多企业关门，圣周期间大量民众出行；回复和派送都会变慢。
holiday-labour-day = 劳动节
    .note = 5 月 1 日，法定休息日。
holiday-mothers-day = 母亲节
    .note = 固定在 5 月 10 日，不论星期几；是全年最大的送礼日之一，鲜花、美妆、珠宝和家电最受欢迎。
holiday-hot-sale = Hot Sale 网购节
    .note = 由墨西哥线上销售协会（AMVO）主办的线上大促，通常在五月下旬或六月初举行，为期九天（2025 年为 5 月 26 日至 6 月 3 日）；2024 年较早，为 5 月 15–23 日。请每年核对官方日期。
holiday-independence-day = 独立日
    .note = 9 月 16 日，法定休息日；整个九月都洋溢着爱国气氛，9 月 15 日晚有“独立呼声”（Grito）庆祝活动。
holiday-day-of-the-dead = 亡灵节
    .note = 11 月 1–2 日，是祭奠逝者的重要家庭和文化传统，会摆设祭坛、万寿菊和糖骷髅。不是法定休息日，但装饰品和礼品销售旺盛。
holiday-revolution-day = 革命纪念日
    .note = 十一月第三个星期一（纪念 11 月 20 日）；Buen Fin 就在这个长周末举行。
holiday-buen-fin = El Buen Fin（墨西哥“黑五”）
    .note = 由政府支持的墨西哥版黑色星期五，在革命纪念日长周末举行（2025 年为 11 月 13 日星期四至 17 日星期一；往届为星期五至星期一）。买家期待免息分期。
holiday-christmas = 圣诞节
    .note = 法定休息日；圣诞购物与“瓜达卢佩—三王”节庆季（12 月 12 日至 1 月 6 日）重叠。请尽早发货，确保在三王节前送达。

holiday-constitution-day = 宪法日（Día de la Constitución）
    .note = 二月第一个星期一为法定休息日（纪念 1917 年 2 月 5 日宪法），形成长周末。
holiday-benito-juarez-day = 贝尼托·华雷斯诞辰（Natalicio de Benito Juárez）
    .note = 三月第三个星期一为法定休息日（华雷斯生于 1806 年 3 月 21 日），形成长周末。
holiday-inauguration-day = 总统就职日（Transmisión del Poder Ejecutivo Federal）
    .note = 每六年一次、新总统就职的 10 月 1 日为法定休息日（2024 年、2030 年）。

etiquette-salutation = 先问候（“Hola, buen día”）并称呼买家的名字，在买家用“tú”称呼你之前，一直使用敬称“usted”。面对年长买家或处理投诉时，使用“Sr.”或“Sra.”加姓氏。
    .title = 称呼
etiquette-warm-and-indirect = 热情、有人情味：先问候、致谢、祝对方愉快，再谈正事。避免生硬地说“不行”，改为提供替代方案。友好的语气能建立促成交易的信任。
    .title = 热情委婉
etiquette-reply-time = WhatsApp 上的买家希望在墨西哥工作时间内几小时内、最好一小时内得到回复。设置离开消息，注明以墨西哥城时间计的营业时间。
    .title = 回复时效
etiquette-payment = 提供信用卡“免息分期”（meses sin intereses）、OXXO 便利店现金付款、Mercado Pago 和 SPEI 银行转账；很多买家没有信用卡。以比索标示含 16% 增值税（IVA）的总价：消费者保护法要求必须展示总价。
    .title = 支付方式
etiquette-mexican-spanish = 使用墨西哥西班牙语，而不是西班牙本土用法：手机说“celular”而不是“móvil”，电脑说“computadora”而不是“ordenador”，“你们”用“ustedes”而不是“vosotros”。日期写作 日/月/年，价格以比索标示。
    .title = 墨西哥西班牙语

taboo-word-coger = 消息和文案中绝不要使用动词“coger”（拿、抓）。
    .rationale = 在西班牙这个词很普通，但在墨西哥是指性行为的粗俗说法；请改用“tomar”或“agarrar”。
taboo-stereotypes = 不要使用戴宽边帽、披斗篷、睡午觉或留八字胡的土匪等墨西哥人漫画形象。
    .rationale = 这类形象普遍被视为带有侮辱性的刻板印象，曾让不少品牌受到公开批评。
taboo-national-symbols = 不要篡改墨西哥国旗，也不要在商品和广告中使用国徽。
    .rationale = 《国徽、国旗和国歌法》禁止篡改国家象征，未经授权不得使用国徽，违者可被处以高额罚款。
taboo-day-of-the-dead-as-halloween = 不要把亡灵节包装成万圣节式的恐怖主题，也不要拿祭坛和相关符号开玩笑。
    .rationale = 这是备受珍视的家庭传统，已被联合国教科文组织列为非物质文化遗产；随意的商业化使用曾引发强烈反弹。
taboo-tuesday-13 = 避免在 13 日恰逢星期二时启动营销活动。
    .rationale = 在墨西哥等西语国家，不吉利的是“13 号星期二”而不是“13 号星期五”（俗语：“星期二别结婚，也别出远门”）。

## Commerce facts

commerce-payments = 以银行卡为主，较大金额购物时买家期待免息分期（meses sin intereses）；其次是 Mercado Pago、凭付款码在 OXXO 便利店付现金、SPEI 银行转账和 PayPal，部分网店提供货到付款。许多买家没有信用卡，请提供现金付款方式。
commerce-marketplaces = 美客多和亚马逊是最大的电商平台；SHEIN 和 Temu 增长迅速，沃尔玛和 Liverpool 有自己的平台，TikTok Shop 于 2025 年进入。
commerce-import = 墨西哥自 2025 年起提高了低值快件进口的税率，来自无贸易协定国家（如中国）的商品适用的综合税率高于来自美国和加拿大的商品，平台可在结账时代收。税率在 2025 年内和 2026 年都有调整；本资料不列具体数字，报价前请查询墨西哥税务局（SAT）。
commerce-delivery = 从中国经跨境专线约 10-25 天，从欧盟 8-20 天，快递 3-7 天；承运商有 Mercado Envíos、Estafeta、DHL、FedEx 和墨西哥邮政。地址：街道和门牌号（外号、内号）、社区（colonia）、邮编、市或区、州（Av. Reforma 222, Col. Juárez, 06600 Cuauhtémoc, CDMX）。
commerce-returns = 在店外（包括网上）购物的消费者，可在收货后 5 个工作日内无理由撤销购买（《联邦消费者保护法》第 56 条）；许多网店提供 30 天退货。
