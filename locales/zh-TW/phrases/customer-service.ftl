### 客戶服務：開頭問候、稍候回覆、追蹤聯繫與結尾語（seed 001、004）。臺灣用語、繁體中文。
### 變數與 en-US 相同；正式稱呼用 $buyer_family_name 加「小姐／先生」（$buyer_gender），否則用 $buyer_name。

-support-team = 客服團隊
-fallback-buyer_name = 顧客
-fallback-buyer_given_name = 顧客
-fallback-buyer_family_name = 顧客
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = 本店

# 配合買家的稱呼方式，預設正式；感謝初次詢問的買家，歡迎老顧客再次光臨。
greeting =
    { $salutation ->
        [casual] { $buyer_name }您好！
       *[formal] { $buyer_gender ->
            [female] { $buyer_family_name }小姐您好：
            [male] { $buyer_family_name }先生您好：
           *[other] { $buyer_name }您好：
        }
    }
    { $buyer_status ->
        [returning] 很高興再次為您服務！請問有什麼可以幫您的嗎？
       *[first-time] 感謝您的詢問，也謝謝您對我們商品的喜愛。
    }
    .subject =
        { $buyer_status ->
            [returning] 歡迎再次光臨{ $shop_name }
           *[first-time] 感謝您聯絡{ $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] 很抱歉這麼晚才回覆您：國定假日期間我們暫停營業。
        [weekend] 很抱歉這麼晚才回覆您：週末期間我們的團隊休息。
       *[other] 很抱歉這麼晚才回覆您，謝謝您耐心等候。
    }

will-check-and-reply =
    謝謝您的提問。我會和團隊確認後，在{ $hours }小時內回覆您。

order-confirmation =
    感謝您的訂購！您的訂單{ $order_id }將在{ $days }個工作天內出貨，包裹寄出後會立即提供貨運追蹤碼給您。
    .subject = 我們已收到您的訂單{ $order_id }

closing-thanks =
    再次感謝您的支持，祝您有美好的一天！

    { $shop_name } { -support-team }
    { $agent_name } 敬上

away-auto-reply =
    感謝您的來訊。我們的團隊目前不在線上，將於{ $return_date }恢復服務，屆時會依訊息順序回覆。若是詢問已成立的訂單，請附上訂單編號。
    .subject = 自動回覆：我們將於{ $return_date }恢復服務

follow-up-no-reply =
    想跟您確認之前提到的{ $topic }後續要如何處理。您方便時再告訴我們即可；如果已經不需要協助，不必回覆。
