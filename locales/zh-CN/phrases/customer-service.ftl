### 客户服务：开场问候、稍候答复、跟进和结束语（seed 001、004）。
### 变量与 en-US 相同；正式称呼用 $buyer_family_name 加“女士/先生”（$buyer_gender），否则用 $buyer_name。

-support-team = 客服团队
-fallback-buyer_name = 顾客
-fallback-buyer_given_name = 顾客
-fallback-buyer_family_name = 顾客
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = 本店

# 与买家的称呼方式保持一致，默认正式；感谢首次咨询的买家，欢迎老顾客再次光临。
greeting =
    { $salutation ->
        [casual] { $buyer_name }，您好！
       *[formal] { $buyer_gender ->
            [female] 尊敬的{ $buyer_family_name }女士：
            [male] 尊敬的{ $buyer_family_name }先生：
           *[other] 尊敬的{ $buyer_name }：
        }
    }
    { $buyer_status ->
        [returning] 欢迎您再次光临！请问有什么可以帮到您的吗？
       *[first-time] 感谢您的咨询，也感谢您对我们商品的关注。
    }
    .subject =
        { $buyer_status ->
            [returning] 欢迎再次光临{ $shop_name }
           *[first-time] 感谢您联系{ $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] 非常抱歉这么晚才回复您：公共假期期间我们暂停办公。
        [weekend] 非常抱歉这么晚才回复您：周末期间我们的团队在休息。
       *[other] 非常抱歉这么晚才回复您，感谢您的耐心等待。
    }

# 不要凭猜测作答：说明会去核实，以及何时答复。
will-check-and-reply =
    感谢您的提问。我会与团队核实此事，并在{ $hours }小时内给您答复。

# 确认新订单，并告知预计发货时间。
order-confirmation =
    感谢您的购买！您的订单{ $order_id }我们将在{ $days }个工作日内安排发货，包裹发出后会第一时间把物流单号发给您。
    .subject = 我们已收到您的订单{ $order_id }

closing-thanks =
    再次感谢您的支持，祝您生活愉快！

    { $shop_name } { -support-team }
    { $agent_name }

away-auto-reply =
    感谢您的留言。我们的团队目前不在线，将于{ $return_date }恢复服务，届时会按留言顺序依次回复。如咨询已有订单，请附上订单号。
    .subject = 自动回复：我们将于{ $return_date }恢复服务

follow-up-no-reply =
    关于之前和您沟通的{ $topic }，想跟您确认一下后续安排。您方便的时候告诉我们希望如何处理即可；如果已经不需要帮助，无需回复。
