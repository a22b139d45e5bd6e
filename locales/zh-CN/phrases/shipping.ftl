### 物流与清关：发货通知、延误、清关信息、进口税费、店铺放假、派送问题和便利店取货。

order-shipped =
    好消息：您的订单{ $order_id }已通过{ $carrier }发货，物流单号是{ $tracking_number }。物流信息通常会在{ $days }天内更新到网上。
    .subject = 您的订单{ $order_id }已发货

shipping-delay =
    { $reason ->
        [holiday] 非常抱歉：受公共假期影响，您的订单{ $order_id }将比预计晚些送达。
        [customs] 非常抱歉：您的订单{ $order_id }正在等待清关，将比预计晚些送达。
        [weather] 非常抱歉：受恶劣天气影响，您的订单{ $order_id }有所延误，将比预计晚些送达。
       *[other] 非常抱歉：您的订单{ $order_id }在承运商处出现延误，将比预计晚些送达。
    }新的预计送达日期为{ $delivery_date }。感谢您的耐心等待。
    .subject = 您的订单{ $order_id }物流更新

extra-freight =
    我们可以按您的要求使用{ $carrier }发货，费用比标准运费高{ $amount }。如果您同意，请补付差价，我们会马上为您发货。

customs-id-request =
    为办理订单{ $order_id }的清关，承运商需要{ $market ->
        [KR] 您的个人通关号码（PCCC）
        [BR] 您的 CPF 号码
        [CN] 与收件人姓名一致的身份证号码
       *[other] 您的身份证件号码或税号
    }。请回复告诉我们，该信息仅用于本次货件清关。

duties-and-taxes =
    { $duties ->
        [included] 您订单的进口关税和税费已包含在售价中，收货时无需另外付费。
       *[other] 您的订单可能需要缴纳进口关税和税费，预计约{ $amount }，由承运商在派送前向您收取，最终金额以海关核定为准。
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] 春节期间，我们将于{ $start_date }至{ $end_date }放假。
       *[other] 因公共假期，我们将于{ $start_date }至{ $end_date }放假。
    }{ $cutoff_date }前下单的订单将在放假前发出，之后的订单将在假期结束后发货。感谢您的理解。
    .subject = { $start_date }至{ $end_date }放假通知

failed-delivery-attempt =
    { $carrier }尝试派送您的订单{ $order_id }，但未能联系到您。包裹将在{ $pickup_point }保留{ $days }天，您可以前往自取，或凭物流单号{ $tracking_number }预约再次派送。

returned-to-sender =
    承运商未能派送您的订单{ $order_id }，包裹正在退回给我们。收到退件后，我们可以为您重新发货（运费{ $amount }）或为您退款。请告诉我们您的选择，并再次核对收货地址。

convenience-store-pickup =
    您的订单{ $order_id }已到达{ $store }，可以取货了。请在{ $days }天内凭取件码{ $pickup_code }领取，逾期未取的包裹将退回寄件方。

tracking-not-updating =
    物流单号{ $tracking_number }的追踪信息已有几天没有更新。包裹在国际转运或等待清关时常会出现这种情况。我们已请{ $carrier }核查，将在{ $hours }小时内向您反馈。
