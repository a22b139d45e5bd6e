### 訂單與付款：付款問題、貨到付款、地址、修改、取消與發票。

payment-failed =
    您的訂單{ $order_id }付款未成功，因此訂單尚未成立。請在{ $hours }小時內重新付款或改用其他付款方式，逾時我們將釋出為您保留的商品。若銀行顯示有暫扣金額，通常會自動退回。
    .subject = 訂單{ $order_id }付款未成功

payment-received =
    我們已收到您訂單{ $order_id }的款項{ $amount }，謝謝您！我們正在為您備貨。
    .subject = 訂單{ $order_id }已收到款項

cod-confirmation =
    請確認您的貨到付款訂單{ $order_id }：取件時需支付{ $amount }。回覆「確認」即成立訂單，回覆「取消」即取消訂單。收到您的確認後我們會立即出貨。

address-confirmation =
    訂單{ $order_id }出貨前，請您核對收件地址：{ $address }。地址是否完整正確，包含門牌號碼和郵遞區號？請回覆確認，或把正確的地址告訴我們。

order-change-request =
    { $order_state ->
        [not-shipped] 您的訂單{ $order_id }還沒有出貨，仍然可以修改。請告訴我們您想修改的內容。
       *[shipped] 您的訂單{ $order_id }已經出貨，無法再修改。收到商品後，我們很樂意協助您辦理換貨或退貨。
    }

order-cancellation =
    已依照您的要求取消訂單{ $order_id }。退款{ $amount }將退回原付款方式，依銀行作業時間，約{ $days }天內入帳。
    .subject = 您的訂單{ $order_id }已取消

# 臺灣：公司戶的三聯式發票需要統一編號。
invoice-request =
    我們會在{ $days }個工作天內將訂單{ $order_id }的發票寄給您。若需要開立公司抬頭的發票，請提供公司名稱、地址和統一編號。
    .subject = 訂單{ $order_id }的發票
