### 订单与支付：支付问题、货到付款、地址、修改、取消和发票。

payment-failed =
    您的订单{ $order_id }付款未成功，订单暂未确认。请在{ $hours }小时内重新支付或更换支付方式，逾期我们将释放为您预留的商品。如银行显示有冻结金额，一般会自动退回。
    .subject = 订单{ $order_id }付款未成功

payment-received =
    我们已收到您订单{ $order_id }的付款{ $amount }，谢谢！我们正在为您备货。
    .subject = 订单{ $order_id }已收到付款

cod-confirmation =
    请确认您的货到付款订单{ $order_id }：送货时需向快递员支付{ $amount }。回复“确认”即确认订单，回复“取消”即取消订单。收到您的确认后我们会立即发货。

address-confirmation =
    订单{ $order_id }发货前，请您核对收货地址：{ $address }。地址是否完整准确，包括门牌号和邮编？请回复确认，或把正确的地址发给我们。

order-change-request =
    { $order_state ->
        [not-shipped] 您的订单{ $order_id }尚未发货，还可以修改。请告诉我们具体需要修改的内容。
       *[shipped] 您的订单{ $order_id }已经发货，无法再修改。收到商品后，我们很乐意为您办理换货或退货。
    }

order-cancellation =
    已按您的要求取消订单{ $order_id }。退款{ $amount }将原路退回，视银行处理情况，{ $days }天内到账。
    .subject = 您的订单{ $order_id }已取消

invoice-request =
    我们将在{ $days }个工作日内把订单{ $order_id }的发票发给您。如需开具企业发票，请提供公司名称、地址和税号。
    .subject = 订单{ $order_id }的发票
