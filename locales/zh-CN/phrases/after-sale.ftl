### 售后：包裹未达、商品破损、退货、退款、保修和投诉。

package-not-received =
    很抱歉您的包裹还没有送达。麻烦您协助我们完成以下几步：
    1. 使用物流单号{ $tracking_number }查询最新的物流状态。
    2. 询问您的邻居、所在楼宇的前台或当地邮局是否代收了包裹。
    3. 确认订单{ $order_id }中的收货地址是否正确。
    如果{ $days }天内仍未找到包裹，请告诉我们，我们会尽力为您解决。
    .subject = 关于您订单{ $order_id }的包裹

refund-or-reship =
    订单{ $order_id }给您带来了困扰，我们深表歉意。我们可以为您全额退款{ $amount }，或免费为您重新寄送一个包裹。请告诉我们您更倾向于哪种方式。

complaint-acknowledgement =
    尊敬的{ $buyer_name }，感谢您将此事告知我们，请接受我们诚挚的歉意。我们已将您的投诉登记在案，受理编号为{ $case_id }，并将在{ $days }天内给您答复解决方案。
    .subject = 我们已收到您的投诉（{ $case_id }）

damaged-or-wrong-item =
    { $problem ->
        [damaged] 非常抱歉，您的订单{ $order_id }收到时商品有破损。
        [wrong-item] 非常抱歉，您的订单{ $order_id }发错了商品。
       *[other] 非常抱歉，您的订单{ $order_id }出现了问题。
    }麻烦您拍几张商品、外包装和快递面单的照片发给我们，收到照片后我们会马上为您提供换货或退款方案。

return-instructions =
    订单{ $order_id }中的{ $item_name }退货步骤如下：
    1. 将商品包装好，尽量使用原包装。
    2. 在{ $days }天内寄到：{ $return_address }
    3. 把退货的物流单号发给我们。
    { $return_shipping ->
        [free] 退货运费由我们承担。
       *[other] 退货运费需由您承担。
    }我们收到退货后会立即为您退款。
    .subject = 订单{ $order_id }退货说明

refund-processed =
    订单{ $order_id }的{ $amount }已原路退回到您的支付账户。视银行处理情况，可能需要几个工作日才能到账。
    .subject = 订单{ $order_id }退款已处理

partial-refund-offer =
    为表歉意，我们愿意为您的订单{ $order_id }退款{ $amount }，商品无需退回。如果您更希望退货并全额退款，当然也可以。

warranty-claim =
    { $item_name }享有{ $months }个月保修。请把订单号{ $order_id }、故障的简要描述以及照片或视频发给我们，我们核实后会为您提供维修或换新方案。
