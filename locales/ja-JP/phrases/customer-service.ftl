### カスタマーサービス：書き出し、確認中の返信、フォローアップ、結び（seed 001、004）。
### 変数は en-US と同じ。敬語（です・ます、謙譲語）で書く。宛名は「お名前＋様」（$buyer_name：署名どおりの姓またはフルネーム）。

-support-team = カスタマーサポート
-fallback-buyer_name = お客
-fallback-buyer_given_name = お客
-fallback-buyer_family_name = お客
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = 当店

# 既定は丁寧な書き出し。購入者がくだけた書き方をした場合のみ「こんにちは」を添える。
greeting =
    { $salutation ->
        [casual] { $buyer_name }様、こんにちは。
       *[formal] { $buyer_name }様
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

will-check-and-reply =
    お問い合わせいただき、ありがとうございます。社内で確認のうえ、{ $hours }時間以内にご連絡いたします。恐れ入りますが、今しばらくお待ちください。

order-confirmation =
    ご注文（注文番号：{ $order_id }）いただき、誠にありがとうございます。{ $days }営業日以内に発送し、発送後すぐに追跡番号をお知らせいたします。
    .subject = ご注文{ $order_id }を承りました

closing-thanks =
    今後とも何卒よろしくお願い申し上げます。

    { $shop_name } { -support-team }
    { $agent_name }

away-auto-reply =
    お問い合わせいただき、ありがとうございます。ただいま担当者が不在のため、{ $return_date }より順次ご返信いたします。ご注文に関するお問い合わせの際は、注文番号をお書き添えください。
    .subject = 【自動返信】{ $return_date }より順次ご返信いたします

follow-up-no-reply =
    先日ご連絡いたしました{ $topic }の件につきまして、その後いかがでしょうか。ご都合のよいときに、ご希望の対応をお知らせいただけますと幸いです。すでに解決済みでしたら、ご返信には及びません。
