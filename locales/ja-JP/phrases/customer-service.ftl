### カスタマーサービス：書き出し、確認中のご返信、結びの挨拶（参考資料 001、004）。
### 変数：
###   $buyer_name    購入者の署名どおりの名前
###   $salutation    購入者が "Dear ..." で書き始めた場合は "formal"、"Hi ..." の場合は "casual"
###   $buyer_status  "first-time"（初めての購入者）または "returning"（リピーター）
###   $shop_name     販売者のショップ名
###   $agent_name    返信に署名する担当者
###   $reason        返信が遅れた理由："holiday"、"weekend"、またはその他の値
###   $hours         時間数
###   $order_id      注文番号
###   $days          営業日数

-support-team = カスタマーサポート

# 購入者の呼びかけに合わせる。初めての購入者にはお問い合わせへのお礼を、リピーターには再訪の歓迎を伝える。
greeting =
    { $salutation ->
        [formal] { $buyer_name }様
       *[casual] { $buyer_name }様、こんにちは。
    }
    { $buyer_status ->
        [returning] いつもご利用いただき、誠にありがとうございます。何かお手伝いできることはございますか。
       *[first-time] このたびはお問い合わせいただき、また当店の商品にご興味をお持ちいただき、誠にありがとうございます。
    }
    .subject =
        { $buyer_status ->
            [returning] { $shop_name }をまたご利用いただきありがとうございます
           *[first-time] { $shop_name }へのお問い合わせありがとうございます
        }

late-reply-apology =
    { $reason ->
        [holiday] ご返信が遅くなり、誠に申し訳ございません。祝日のため休業しておりました。
        [weekend] ご返信が遅くなり、誠に申し訳ございません。週末のため担当者が不在にしておりました。
       *[other] ご返信が遅くなり、誠に申し訳ございません。お待ちいただき、ありがとうございます。
    }

# 推測で答えない。確認する旨と、いつまでに回答するかを伝える。
will-check-and-reply =
    お問い合わせいただき、ありがとうございます。社内で確認のうえ、{ $hours }時間以内にご連絡いたします。恐れ入りますが、今しばらくお待ちください。

# 新しいご注文を確認し、発送時期をお伝えする。
order-confirmation =
    このたびはご注文いただき、誠にありがとうございます（注文番号：{ $order_id }）。商品は{ $days }営業日以内に発送いたします。発送が完了しましたら、追跡番号を速やかにお知らせいたします。
    .subject = ご注文（{ $order_id }）を承りました

closing-thanks =
    改めまして、当店をご利用いただき誠にありがとうございます。今後ともどうぞよろしくお願いいたします。

    { $shop_name } { -support-team }
    担当：{ $agent_name }
