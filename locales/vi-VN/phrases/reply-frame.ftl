### Khung trả lời: các dòng mở đầu và kết thúc mà trợ lý soạn trả lời đặt quanh tin nhắn: xưng hô theo cách khách dùng, cảm ơn hoặc chào mừng khách quay lại, xin lỗi vì trả lời chậm, lời kết (seed 001, 004).
### Biến:
###   $salutation         "formal" khi khách mở đầu bằng "Dear ...", "casual" khi mở đầu bằng "Hi ..."
###   $agent_name         người ký tên trong thư trả lời
###   $shop_name          tên cửa hàng
###   $buyer_name         (optional) họ tên đầy đủ của khách như khách ký
###   $buyer_family_name  (optional) họ của khách (tiếng Việt không dùng khi xưng hô)
###   $buyer_given_name   (optional) tên của khách (gọi anh/chị + tên)
###   $buyer_gender       (optional) "female", "male" hoặc giá trị khác: chị / anh / Quý khách
###   $agent_gender       (optional) giới tính của người ký
###   $reason             (optional) lý do trả lời chậm: "holiday", "weekend" hoặc lý do khác
### Như customer-service: xưng "chúng tôi"; gọi khách là chị/anh theo $buyer_gender, nếu không rõ thì "Quý khách"; mặc định trang trọng.

salutation =
    { $salutation ->
        [casual] Chào { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Kính gửi chị { $buyer_given_name },
                [male] Kính gửi anh { $buyer_given_name },
               *[other] Kính gửi Quý khách { $buyer_name },
            }
    }

first-time-thanks =
    Cảm ơn { $buyer_gender ->
        [female] chị
        [male] anh
       *[other] Quý khách
    } đã liên hệ và quan tâm đến sản phẩm của chúng tôi.

returning-welcome =
    { $buyer_gender ->
        [female] Rất vui được gặp lại chị! Chúng tôi có thể hỗ trợ gì cho chị ạ?
        [male] Rất vui được gặp lại anh! Chúng tôi có thể hỗ trợ gì cho anh ạ?
       *[other] Rất vui được gặp lại Quý khách! Chúng tôi có thể hỗ trợ gì cho Quý khách ạ?
    }

late-reply-apology =
    { $reason ->
        [holiday] Chúng tôi thành thật xin lỗi vì phản hồi chậm do văn phòng nghỉ lễ.
        [weekend] Chúng tôi thành thật xin lỗi vì phản hồi chậm do đội ngũ nghỉ cuối tuần.
       *[other] Chúng tôi thành thật xin lỗi vì phản hồi chậm và cảm ơn { $buyer_gender ->
            [female] chị
            [male] anh
           *[other] Quý khách
        } đã kiên nhẫn chờ đợi.
    }

closing =
    { $salutation ->
        [casual] Thân mến,
       *[formal] Trân trọng,
    }
    { $agent_name }
    { $shop_name }
