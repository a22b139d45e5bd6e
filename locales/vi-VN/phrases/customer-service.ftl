### Chăm sóc khách hàng: lời chào, phản hồi chờ kiểm tra, nhắc lại và lời kết (seed 001, 004).
### Biến giống en-US. Xưng "chúng tôi", gọi khách là "Quý khách"; lời chào trang trọng gọi anh/chị + tên theo $buyer_gender.

-support-team = Bộ phận Chăm sóc Khách hàng
-fallback-buyer_name = { "" }
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = cửa hàng

greeting =
    { $salutation ->
        [casual] Chào { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Kính gửi chị { $buyer_given_name },
            [male] Kính gửi anh { $buyer_given_name },
           *[other] Kính gửi Quý khách { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Rất vui được gặp lại Quý khách! Chúng tôi có thể hỗ trợ gì cho Quý khách hôm nay ạ?
       *[first-time] Cảm ơn Quý khách đã liên hệ và quan tâm đến sản phẩm của chúng tôi.
    }
    .subject =
        { $buyer_status ->
            [returning] Chào mừng Quý khách quay lại { $shop_name }
           *[first-time] Cảm ơn Quý khách đã liên hệ { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Xin lỗi Quý khách vì phản hồi chậm: văn phòng chúng tôi nghỉ lễ.
        [weekend] Xin lỗi Quý khách vì phản hồi chậm: đội ngũ của chúng tôi nghỉ cuối tuần.
       *[other] Xin lỗi Quý khách vì phản hồi chậm, và cảm ơn Quý khách đã kiên nhẫn chờ đợi.
    }

will-check-and-reply =
    Cảm ơn câu hỏi của Quý khách. Tôi sẽ kiểm tra với đội ngũ và phản hồi Quý khách trong vòng { $hours } giờ.

order-confirmation =
    Cảm ơn Quý khách đã đặt đơn hàng { $order_id }! Chúng tôi sẽ gửi hàng trong vòng { $days } ngày làm việc và gửi mã vận đơn ngay khi hàng được chuyển đi.
    .subject = Chúng tôi đã nhận được đơn hàng { $order_id }

closing-thanks =
    Một lần nữa cảm ơn Quý khách đã ủng hộ. Chúc Quý khách một ngày tốt lành!

    Trân trọng,
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    Cảm ơn Quý khách đã nhắn tin. Hiện đội ngũ của chúng tôi tạm vắng và sẽ làm việc trở lại vào { $return_date }. Chúng tôi sẽ trả lời tin nhắn theo thứ tự nhận được. Nếu hỏi về đơn hàng đã đặt, Quý khách vui lòng ghi kèm mã đơn hàng.
    .subject = Trả lời tự động: chúng tôi sẽ làm việc trở lại vào { $return_date }

follow-up-no-reply =
    Tôi xin nhắc lại tin nhắn trước về { $topic }. Khi thuận tiện, Quý khách vui lòng cho chúng tôi biết muốn xử lý tiếp như thế nào. Nếu Quý khách không còn cần hỗ trợ, không cần trả lời tin nhắn này ạ.
