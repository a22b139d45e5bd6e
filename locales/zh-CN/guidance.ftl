### 指导工具的话语：联系时间窗口的说明与消息检查的发现。
### 句中引用计算所得的值（$start、$match 等）；其依据的事实在各市场文件中，并注明来源。

## 联系时间窗口

window-open = 现在可以联系，截止到 { $end }。
window-closed =
    { $reason ->
        [weekend] 当地今天不是工作日。
        [break] 当地办公室正在午休。
        [holiday] 当地办公室因节假日休息。
       *[outside-hours] 当地现在不在工作时间内。
    }下一个时间窗口从 { $start } 开始。
window-holiday = { $holiday }期间办公室休息，一直持续到 { $last_day }。
window-working-day = 今天是调休上班日（{ $holiday }）：虽然是休息日，办公室照常上班。
window-seasonal-hours = 今天实行季节性办公时间：{ $open }–{ $close }。
window-quiet-hours =
    { $basis ->
        [law] 依照法律，当地时间 { $start } 至 { $end } 之间不得向买家发送营销信息。
       *[custom] 按照惯例，当地时间 { $start } 至 { $end } 之间不宜向买家发送营销信息。
    }
window-reply-expected = 买家希望在 { $hours } 个工作小时内得到首次回复：最迟 { $by }。
window-channel = 此用途的首选渠道：{ $channel }。

## 消息检查

lint-taboo = “{ $match }”触及{ $market }的禁忌：{ $taboo }
lint-absolute-claim = “{ $match }”是绝对化的说法。
lint-absolute-claim-rationale = 买家不信任绝对化的回答（“我们的质量绝对没问题”），而且多个市场的广告法规禁止这类用语；世上没有绝对的事。
lint-absolute-claim-suggestion = 改为说明可以证明的内容：检测结果、保修期限、退货政策。
lint-salutation-mirror = 买家以“{ $buyer }”开头，而本回复以“{ $match }”开头：请使用与买家相同的语气（“{ $suggestion }……”）。
lint-salutation-mirror-rationale = 买家写“Dear……”，就回复“Dear……”；买家写“Hi……”，就回复“Hi……”。语气不一致会显得冷淡或过于随便。
lint-emoji = 在{ $channel }中给{ $market }买家发送表情符号会显得不专业。
lint-emoji-avoid = { $match } 对{ $market }的买家含有不好的意思。
lint-length-limit = { $channel }每条消息最多 { $limit } 个字符；本文有 { $count } 个。
lint-length-sms = 本文需要 { $segments } 条短信（{ $encoding }，{ $units } 个单位；每条最多 { $per } 个）。
lint-length-rationale = 超出渠道长度限制的文字会被截断或拒收；每多一条短信都要计费。
lint-formality-plain = “{ $match }”是简体（非敬体）说法；{ $market }的买家期望使用礼貌的表达。
lint-formality-mixed = “{ $match }”是简体说法，混在礼貌的文字中；请统一语体。
lint-formality-rationale = 敬体与简体混用，或在商务场合使用简体，会显得草率或失礼。
