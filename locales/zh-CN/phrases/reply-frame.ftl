### 回复框架：回复撰写工具放在正文前后的开头与结尾：与买家的称呼语气一致，感谢或欢迎回来，为回复迟了致歉，结尾（参考资料 001、004）。
### 变量：
###   $salutation         买家以 "Dear ..." 开头时为 "formal"，以 "Hi ..." 开头时为 "casual"
###   $agent_name         回复署名的客服
###   $shop_name          卖家店铺名称
###   $buyer_name         (optional) 买家署名的全名
###   $buyer_family_name  (optional) 买家的姓
###   $buyer_given_name   (optional) 买家的名
###   $buyer_gender       (optional) "female"、"male" 或其他（中性称呼）
###   $agent_gender       (optional) 客服的性别
###   $reason             (optional) 回复迟了的原因："holiday"、"weekend" 或其他

salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] 尊敬的{ $buyer_family_name }女士：
                [male] 尊敬的{ $buyer_family_name }先生：
               *[other] 尊敬的{ $buyer_name }：
            }
       *[casual] { $buyer_name }，您好！
    }

first-time-thanks = 感谢您的咨询，也感谢您对我们商品的关注。

returning-welcome = 欢迎您再次光临！请问有什么可以帮到您的吗？

late-reply-apology =
    { $reason ->
        [holiday] 抱歉回复晚了：我们的办公室因节假日休息。
        [weekend] 抱歉回复晚了：周末期间我们的团队不在线。
       *[other] 抱歉回复晚了，感谢您的耐心等待。
    }

closing =
    { $salutation ->
        [formal] 再次感谢您的支持，祝您生活愉快！
       *[casual] 祝您购物愉快！
    }
    { $shop_name } { $agent_name }
