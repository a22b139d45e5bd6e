### 返信フレーム：返信作成ツールが本文の前後に置く書き出しと結び。購入者の呼びかけに合わせ、お礼または再訪の歓迎、返信遅れのお詫び、結びの挨拶（参考資料 001、004）。
### 変数：
###   $salutation         購入者が "Dear ..." で書き始めた場合は "formal"、"Hi ..." の場合は "casual"
###   $agent_name         返信に署名する担当者
###   $shop_name          販売者のショップ名
###   $buyer_name         (optional) 購入者の署名どおりの名前
###   $buyer_family_name  (optional) 購入者の姓（様を付ける）
###   $buyer_given_name   (optional) 購入者の名
###   $buyer_gender       (optional) 購入者の性別（日本語では使わない）
###   $agent_gender       (optional) 担当者の性別
###   $reason             (optional) 返信が遅れた理由："holiday"、"weekend"、またはその他

# 姓に「様」を付ける。
salutation =
    { $salutation ->
        [formal] { $buyer_family_name }様
       *[casual] { $buyer_family_name }様、こんにちは。
    }

first-time-thanks = このたびはお問い合わせいただき、誠にありがとうございます。

returning-welcome = いつもご利用いただき、誠にありがとうございます。何かお手伝いできることはございますか。

late-reply-apology =
    { $reason ->
        [holiday] ご返信が遅くなり、誠に申し訳ございません。祝日のため休業しておりました。
        [weekend] ご返信が遅くなり、誠に申し訳ございません。週末のため担当者が不在にしておりました。
       *[other] ご返信が遅くなり、誠に申し訳ございません。
    }

closing =
    { $salutation ->
        [formal] 今後ともどうぞよろしくお願い申し上げます。
       *[casual] 今後ともよろしくお願いいたします。
    }
    { $shop_name }
    担当：{ $agent_name }
