### 客服话术：开场白、稍候回复与结束语（参考资料 001、004）。
### 变量：
###   $buyer_name    买家署名使用的名字
###   $salutation    买家以 "Dear ..." 开头时为 "formal"，以 "Hi ..." 开头时为 "casual"
###   $buyer_status  "first-time"（首次咨询）或 "returning"（老顾客）
###   $shop_name     卖家店铺名称
###   $agent_name    回复署名的客服
###   $reason        回复延迟的原因："holiday"、"weekend" 或其他任意值
###   $hours         小时数
###   $order_id      订单号
###   $days          工作日天数

-support-team = 客服团队

# 与买家的称呼方式保持一致；感谢首次咨询的买家，欢迎老顾客再次光临。
greeting =
    { $salutation ->
        [formal] 尊敬的{ $buyer_name }：
       *[casual] { $buyer_name }，您好！
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
