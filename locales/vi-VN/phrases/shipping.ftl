### Vận chuyển và hải quan: thông báo gửi hàng, giao chậm, thông tin hải quan, thuế, nghỉ lễ, giao không thành công và nhận hàng tại cửa hàng.

order-shipped =
    Tin vui: đơn hàng { $order_id } của Quý khách đã được gửi qua { $carrier }. Mã vận đơn là { $tracking_number }. Thông tin theo dõi thường hiển thị trực tuyến trong vòng { $days } ngày.
    .subject = Đơn hàng { $order_id } đã được gửi đi

shipping-delay =
    { $reason ->
        [holiday] Chúng tôi rất tiếc: do kỳ nghỉ lễ, đơn hàng { $order_id } sẽ đến muộn hơn dự kiến.
        [customs] Chúng tôi rất tiếc: đơn hàng { $order_id } đang chờ thông quan và sẽ đến muộn hơn dự kiến.
        [weather] Chúng tôi rất tiếc: thời tiết xấu đã làm chậm đơn hàng { $order_id }, nên hàng sẽ đến muộn hơn dự kiến.
       *[other] Chúng tôi rất tiếc: đơn hàng { $order_id } bị đơn vị vận chuyển giao chậm và sẽ đến muộn hơn dự kiến.
    } Ngày giao dự kiến mới là { $delivery_date }. Cảm ơn Quý khách đã kiên nhẫn.
    .subject = Cập nhật giao hàng cho đơn hàng { $order_id }

extra-freight =
    Chúng tôi có thể gửi đơn hàng qua { $carrier } theo yêu cầu của Quý khách. Chi phí cao hơn giao hàng tiêu chuẩn { $amount }. Nếu Quý khách đồng ý, vui lòng thanh toán phần chênh lệch và chúng tôi sẽ gửi hàng ngay.

customs-id-request =
    Để thông quan đơn hàng { $order_id }, đơn vị vận chuyển cần { $market ->
        [KR] mã thông quan cá nhân (PCCC) của Quý khách
        [BR] số CPF của Quý khách
        [CN] số căn cước trùng với tên người nhận
       *[other] số căn cước hoặc mã số thuế của Quý khách
    }. Quý khách vui lòng trả lời kèm thông tin này; chúng tôi chỉ dùng cho lô hàng này.

duties-and-taxes =
    { $duties ->
        [included] Thuế nhập khẩu và các loại thuế của đơn hàng đã bao gồm trong giá: Quý khách không phải trả thêm khi nhận hàng.
       *[other] Đơn hàng có thể phát sinh thuế nhập khẩu và các loại thuế ước tính khoảng { $amount }, do đơn vị vận chuyển thu trước khi giao. Số tiền cuối cùng do hải quan quyết định.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Chúng tôi nghỉ Tết Nguyên đán từ { $start_date } đến { $end_date }.
       *[other] Chúng tôi nghỉ lễ từ { $start_date } đến { $end_date }.
    } Đơn đặt trước hết ngày { $cutoff_date } sẽ được gửi trước kỳ nghỉ; đơn đặt sau sẽ được gửi khi chúng tôi làm việc trở lại. Cảm ơn Quý khách đã thông cảm.
    .subject = Thông báo nghỉ từ { $start_date } đến { $end_date }

failed-delivery-attempt =
    { $carrier } đã giao đơn hàng { $order_id } nhưng không liên lạc được với Quý khách. Bưu kiện đang được giữ tại { $pickup_point } trong { $days } ngày. Quý khách có thể đến nhận hoặc hẹn giao lại bằng mã vận đơn { $tracking_number }.

returned-to-sender =
    Đơn vị vận chuyển không giao được đơn hàng { $order_id } và đang hoàn hàng về cho chúng tôi. Khi nhận lại hàng, chúng tôi có thể gửi lại (phí vận chuyển { $amount }) hoặc hoàn tiền. Quý khách vui lòng cho biết lựa chọn và kiểm tra lại địa chỉ.

convenience-store-pickup =
    Đơn hàng { $order_id } đã đến { $store } và sẵn sàng để nhận. Quý khách vui lòng nhận hàng trong vòng { $days } ngày bằng mã nhận hàng { $pickup_code }; bưu kiện không được nhận sẽ được hoàn về người gửi.

tracking-not-updating =
    Thông tin theo dõi của mã vận đơn { $tracking_number } đã vài ngày chưa cập nhật. Điều này thường xảy ra khi bưu kiện đang chuyển giữa các quốc gia hoặc chờ hải quan. Chúng tôi đã đề nghị { $carrier } kiểm tra và sẽ cập nhật cho Quý khách trong vòng { $hours } giờ.
