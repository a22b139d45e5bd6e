### 爭議：信用卡爭議款、平台爭議、轉交主管與負評回覆。

dispute-response =
    { $case_type ->
        [chargeback] 我們接獲通知，您已向銀行就訂單{ $order_id }的款項提出爭議。
       *[other] 我們看到您就訂單{ $order_id }提出了申訴（{ $case_id }）。
    }很抱歉沒能讓您滿意，我們希望直接和您溝通解決。可以告訴我們發生了什麼問題嗎？我們會提出處理方案，例如換貨或退款。
    .subject = 關於您訂單{ $order_id }的申訴

escalation =
    我已將您的案件{ $case_id }轉交給我們的主管，主管會親自處理，並在{ $hours }小時內與您聯絡。謝謝您耐心等候。

negative-review-reply =
    謝謝您坦白的回饋，很抱歉這次的購物經驗不如您的預期。我們非常重視，已經私訊聯絡您，希望一起找到解決方式。
    { $agent_name }
