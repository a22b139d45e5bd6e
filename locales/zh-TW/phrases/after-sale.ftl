### 售後服務：包裹未送達、商品損壞、退貨、退款、保固與客訴。

package-not-received =
    很抱歉您的包裹還沒有送達。麻煩您協助我們確認以下幾點：
    1. 用貨運追蹤碼{ $tracking_number }查詢最新的配送狀態。
    2. 詢問鄰居、大樓管理室或附近的郵局是否代收了包裹。
    3. 確認訂單{ $order_id }的收件地址是否正確。
    如果{ $days }天內仍然找不到包裹，請告訴我們，我們會盡力為您處理。
    .subject = 關於您訂單{ $order_id }的包裹

refund-or-reship =
    訂單{ $order_id }造成您的困擾，我們深感抱歉。我們可以全額退款{ $amount }給您，或免費為您重新寄送一份。請告訴我們您比較希望哪一種方式。

complaint-acknowledgement =
    { $buyer_name }您好，謝謝您告訴我們這件事，我們誠心向您致歉。您的客訴已登記，案件編號為{ $case_id }，我們會在{ $days }天內回覆處理方式。
    .subject = 我們已收到您的客訴（{ $case_id }）

damaged-or-wrong-item =
    { $problem ->
        [damaged] 非常抱歉，您的訂單{ $order_id }送達時商品有損壞。
        [wrong-item] 非常抱歉，您的訂單{ $order_id }寄錯了商品。
       *[other] 非常抱歉，您的訂單{ $order_id }出了問題。
    }麻煩您拍幾張商品、外箱和貨運單的照片給我們，收到照片後我們會立即提供換貨或退款的方案。

return-instructions =
    訂單{ $order_id }的{ $item_name }退貨方式如下：
    1. 將商品妥善包裝，盡量使用原包裝。
    2. 在{ $days }天內寄到：{ $return_address }
    3. 把退貨的貨運追蹤碼告訴我們。
    { $return_shipping ->
        [free] 退貨運費由我們負擔。
       *[other] 退貨運費需由您負擔。
    }我們收到退貨後會立即為您退款。
    .subject = 訂單{ $order_id }退貨說明

refund-processed =
    訂單{ $order_id }的{ $amount }已退回您的原付款方式。依銀行作業時間，可能需要幾個工作天才會入帳。
    .subject = 訂單{ $order_id }退款已完成

partial-refund-offer =
    為了表達歉意，我們想為您的訂單{ $order_id }退款{ $amount }，商品不需要寄回。如果您比較希望退貨並全額退款，當然也沒問題。

warranty-claim =
    { $item_name }享有{ $months }個月保固。請提供訂單編號{ $order_id }、故障情形的簡短說明，以及照片或影片，我們確認後會為您安排維修或換新。
