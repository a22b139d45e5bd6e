### 纠纷：信用卡拒付、平台纠纷、升级处理和差评回复。

dispute-response =
    { $case_type ->
        [chargeback] 我们收到通知，您已就订单{ $order_id }的付款向银行提出拒付。
       *[other] 我们看到您就订单{ $order_id }提交了纠纷（{ $case_id }）。
    }很抱歉没能让您满意，我们希望直接与您沟通解决。能告诉我们具体出了什么问题吗？我们会为您提供解决方案，例如换货或退款。
    .subject = 关于您订单{ $order_id }的纠纷

escalation =
    我已将您的问题{ $case_id }转交给我们的主管，主管会亲自跟进，并在{ $hours }小时内与您联系。感谢您的耐心等待。

negative-review-reply =
    感谢您坦诚的反馈，很抱歉这次的购物体验没有达到您的期望。我们非常重视，已通过私信与您联系，希望一起找到解决办法。
    { $agent_name }
