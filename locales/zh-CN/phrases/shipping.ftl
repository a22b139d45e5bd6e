### 物流话术：发货通知、延误说明与指定物流请求。
### 变量：
###   $order_id         订单号
###   $carrier          承运商名称
###   $tracking_number  包裹的物流单号
###   $days             天数
###   $reason           包裹延误的原因："holiday"、"customs"、"weather" 或其他任意值
###   $delivery_date    新的预计送达日期，已按买家习惯格式化
###   $amount           金额，已带货币格式

order-shipped =
    好消息！您的订单{ $order_id }已通过{ $carrier }发货，物流单号为{ $tracking_number }。物流信息通常会在{ $days }天内显示，届时即可在线查询。
    .subject = 您的订单{ $order_id }已发货

shipping-delay =
    { $reason ->
        [holiday] 非常抱歉：受公共假期影响，您的订单{ $order_id }送达时间将晚于预期。
        [customs] 非常抱歉：您的订单{ $order_id }正在等待清关，送达时间将晚于预期。
        [weather] 非常抱歉：受恶劣天气影响，您的订单{ $order_id }出现延误，送达时间将晚于预期。
       *[other] 非常抱歉：您的订单{ $order_id }因承运商原因出现延误，送达时间将晚于预期。
    }新的预计送达日期为{ $delivery_date }。感谢您的耐心等待。
    .subject = 您的订单{ $order_id }物流进度更新

# 买家要求使用更快或指定的物流，运费更高。
extra-freight =
    我们可以按照您的要求，使用{ $carrier }为您发货。该方式的运费比标准运费高{ $amount }。如您同意，请补付差价，我们会第一时间为您发货。
