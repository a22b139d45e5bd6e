### 售后话术：包裹未收到、退款与投诉。
### 变量：
###   $buyer_name       买家姓名
###   $order_id         订单号
###   $tracking_number  包裹的物流单号
###   $days             天数
###   $amount           金额，已带货币格式
###   $case_id          投诉的受理编号

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
