### 物流與報關：出貨通知、延誤、報關資料、進口稅費、店休、配送問題與超商取貨。

order-shipped =
    好消息：您的訂單{ $order_id }已經由{ $carrier }寄出，貨運追蹤碼是{ $tracking_number }。追蹤資訊通常會在{ $days }天內顯示在網路上。
    .subject = 您的訂單{ $order_id }已出貨

shipping-delay =
    { $reason ->
        [holiday] 很抱歉：受到連假影響，您的訂單{ $order_id }會比預計晚一些送達。
        [customs] 很抱歉：您的訂單{ $order_id }正在等待海關通關，會比預計晚一些送達。
        [weather] 很抱歉：受到天候影響，您的訂單{ $order_id }有所延誤，會比預計晚一些送達。
       *[other] 很抱歉：您的訂單{ $order_id }在物流業者端延誤，會比預計晚一些送達。
    }新的預計送達日期是{ $delivery_date }。謝謝您耐心等候。
    .subject = 您的訂單{ $order_id }配送進度更新

extra-freight =
    我們可以依您的要求改用{ $carrier }寄送，運費比一般寄送多{ $amount }。若您同意，請補上差額，我們會馬上為您出貨。

customs-id-request =
    為了辦理訂單{ $order_id }的通關，物流業者需要{ $market ->
        [KR] 您的個人通關號碼（PCCC）
        [BR] 您的 CPF 號碼
        [CN] 與收件人姓名相符的身分證號碼
       *[other] 您的身分證字號或稅籍編號
    }。請直接回覆給我們，這項資料只會用於本次寄送。

duties-and-taxes =
    { $duties ->
        [included] 您訂單的進口關稅與稅費已含在售價中，收貨時不需另外付費。
       *[other] 您的訂單可能需要繳納進口關稅與稅費，預估約{ $amount }，由物流業者在配送前向您收取，實際金額以海關核定為準。
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] 農曆春節期間，我們將於{ $start_date }至{ $end_date }休假。
       *[other] 因國定假日，我們將於{ $start_date }至{ $end_date }休假。
    }{ $cutoff_date }前下單的訂單會在休假前出貨，之後的訂單將於收假後依序出貨。謝謝您的體諒。
    .subject = { $start_date }至{ $end_date }店休公告

failed-delivery-attempt =
    { $carrier }配送您的訂單{ $order_id }時沒有聯絡到您。包裹會在{ $pickup_point }保留{ $days }天，您可以前往領取，或用貨運追蹤碼{ $tracking_number }預約再次配送。

returned-to-sender =
    物流業者無法投遞您的訂單{ $order_id }，包裹正在退回給我們。收到退件後，我們可以再寄一次給您（運費{ $amount }）或為您退款。請告訴我們您的選擇，並再確認一次收件地址。

# 臺灣：超商取貨（7-ELEVEN、全家）；逾期未取會退回。
convenience-store-pickup =
    您的訂單{ $order_id }已送達{ $store }，可以取貨了。請在{ $days }天內憑取貨碼{ $pickup_code }領取，逾期未取的包裹將退回寄件人。

tracking-not-updating =
    貨運追蹤碼{ $tracking_number }的配送資訊已經幾天沒有更新。包裹在國際轉運或等待通關時常會這樣。我們已請{ $carrier }協助查詢，會在{ $hours }小時內回覆您最新進度。
