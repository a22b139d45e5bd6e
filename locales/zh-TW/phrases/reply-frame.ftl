### 回覆框架：回覆撰寫工具放在訊息前後的開頭與結尾：配合買家的稱呼方式，感謝詢問或歡迎再次光臨，為較晚回覆致歉，結尾（seed 001、004）。臺灣用語、繁體中文。
### 變數：
###   $salutation         買家以 "Dear ..." 開頭時為 "formal"，以 "Hi ..." 開頭時為 "casual"
###   $agent_name         在回覆中署名的客服人員
###   $shop_name          賣家的店名
###   $buyer_name         (optional) 買家署名的全名
###   $buyer_family_name  (optional) 買家的姓（正式稱呼加「小姐／先生」）
###   $buyer_given_name   (optional) 買家的名字（中文稱呼不使用）
###   $buyer_gender       (optional) "female"、"male" 或其他（中性稱呼）
###   $agent_gender       (optional) 客服人員的性別（中文不使用）
###   $reason             (optional) 較晚回覆的原因："holiday"、"weekend" 或其他

# 與 customer-service 的 greeting 相同：預設正式，姓氏加「小姐／先生」，不知性別時用全名。
salutation =
    { $salutation ->
        [casual] { $buyer_name }您好！
       *[formal]
            { $buyer_gender ->
                [female] { $buyer_family_name }小姐您好：
                [male] { $buyer_family_name }先生您好：
               *[other] { $buyer_name }您好：
            }
    }

first-time-thanks = 感謝您的詢問，也謝謝您對我們商品的喜愛。

returning-welcome = 很高興再次為您服務！請問有什麼可以幫您的嗎？

late-reply-apology =
    { $reason ->
        [holiday] 很抱歉這麼晚才回覆您，國定假日期間本店暫停營業。
        [weekend] 很抱歉這麼晚才回覆您，週末期間客服暫停服務。
       *[other] 很抱歉這麼晚才回覆您，謝謝您耐心等候。
    }

closing =
    { $salutation ->
        [casual] 祝您購物愉快！
       *[formal] 敬祝　順心
    }
    { $shop_name }
    { $agent_name } 敬上
