### Tranh chấp: yêu cầu hoàn tiền qua ngân hàng, khiếu nại trên sàn, chuyển cấp và đánh giá tiêu cực.

dispute-response =
    { $case_type ->
        [chargeback] Chúng tôi được thông báo rằng Quý khách đã khiếu nại với ngân hàng về khoản thanh toán cho đơn hàng { $order_id }.
       *[other] Chúng tôi thấy Quý khách đã mở khiếu nại ({ $case_id }) cho đơn hàng { $order_id }.
    } Chúng tôi rất tiếc vì Quý khách chưa hài lòng và mong được giải quyết trực tiếp với Quý khách. Quý khách có thể cho biết vấn đề cụ thể không ạ? Chúng tôi sẽ đề xuất phương án, ví dụ đổi hàng hoặc hoàn tiền.
    .subject = Về khiếu nại cho đơn hàng { $order_id }

escalation =
    Tôi đã chuyển yêu cầu { $case_id } của Quý khách lên quản lý. Quản lý sẽ trực tiếp xem xét và liên hệ Quý khách trong vòng { $hours } giờ. Cảm ơn Quý khách đã kiên nhẫn.

negative-review-reply =
    Cảm ơn Quý khách đã thẳng thắn góp ý; chúng tôi rất tiếc vì trải nghiệm lần này chưa như mong đợi. Chúng tôi rất coi trọng việc này và đã nhắn tin cho Quý khách để cùng tìm cách giải quyết.
    { $agent_name }
