### Chăm sóc quan hệ: cảm ơn sau khi giao, mời đánh giá, mã giảm giá và lời chúc dịp lễ.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Đơn hàng đã được giao. Cảm ơn Quý khách đã tiếp tục ủng hộ { $shop_name }!
       *[first-time] Đơn hàng đã được giao. Cảm ơn Quý khách đã đặt đơn đầu tiên tại { $shop_name }!
    } Nếu có gì chưa như mong đợi, Quý khách chỉ cần trả lời tin nhắn này, chúng tôi sẽ hỗ trợ.
    .subject = Cảm ơn Quý khách đã mua hàng tại { $shop_name }

review-request =
    Hy vọng Quý khách hài lòng với sản phẩm. Nếu có thời gian, chúng tôi rất mong nhận được đánh giá của Quý khách: đánh giá giúp những người mua khác và giúp chúng tôi làm tốt hơn. Việc đánh giá hoàn toàn tự nguyện; nếu không muốn nhận những lời mời như thế này, Quý khách chỉ cần báo cho chúng tôi.
    .subject = Quý khách thấy đơn hàng từ { $shop_name } thế nào?

returning-buyer-coupon =
    Cảm ơn Quý khách đã luôn đồng hành cùng { $shop_name }. Để tri ân, xin gửi Quý khách mã giảm { $percent }% cho đơn hàng tiếp theo: { $coupon_code }, có hiệu lực đến { $expiry_date }.
    .subject = Quà tri ân từ { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! Kính chúc Quý khách và gia đình một tháng Ramadan an lành.
        [eid] Eid Mubarak! Kính chúc Quý khách và những người thân yêu niềm vui và bình an.
        [diwali] Chúc mừng lễ Diwali! Mong lễ hội ánh sáng mang đến niềm vui và thịnh vượng cho Quý khách và gia đình.
        [lunar-new-year] Chúc mừng năm mới! Kính chúc Quý khách năm mới an khang thịnh vượng, vạn sự như ý.
        [christmas] Giáng sinh an lành! Kính chúc Quý khách và gia đình mùa lễ hạnh phúc.
       *[other] Chúc mừng năm mới! Kính chúc Quý khách một năm mới nhiều sức khỏe và hạnh phúc.
    }
    Thân chúc, đội ngũ { $shop_name }
