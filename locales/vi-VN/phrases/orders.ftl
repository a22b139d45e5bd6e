### Đơn hàng và thanh toán: thanh toán không thành công, COD, địa chỉ, thay đổi, hủy đơn và hóa đơn.

payment-failed =
    Thanh toán cho đơn hàng { $order_id } chưa thành công nên đơn hàng chưa được xác nhận. Quý khách vui lòng thanh toán lại hoặc chọn phương thức khác trong vòng { $hours } giờ; sau thời gian này, chúng tôi sẽ mở bán lại các sản phẩm đang giữ. Nếu ngân hàng hiển thị khoản tiền đang chờ xử lý, thông thường khoản này sẽ được hoàn tự động.
    .subject = Thanh toán đơn hàng { $order_id } chưa thành công

payment-received =
    Chúng tôi đã nhận được khoản thanh toán { $amount } cho đơn hàng { $order_id }. Cảm ơn Quý khách! Chúng tôi đang chuẩn bị hàng.
    .subject = Đã nhận thanh toán đơn hàng { $order_id }

cod-confirmation =
    Quý khách vui lòng xác nhận đơn hàng { $order_id } thanh toán khi nhận hàng (COD): số tiền cần trả cho nhân viên giao hàng là { $amount }. Trả lời CÓ để xác nhận hoặc KHÔNG để hủy. Chúng tôi sẽ gửi hàng ngay khi Quý khách xác nhận.

address-confirmation =
    Trước khi gửi đơn hàng { $order_id }, Quý khách vui lòng kiểm tra địa chỉ nhận hàng: { $address }. Địa chỉ đã đầy đủ và chính xác chưa, gồm số nhà, đường, phường/xã và tỉnh/thành phố? Vui lòng trả lời để xác nhận hoặc gửi địa chỉ đúng cho chúng tôi.

order-change-request =
    { $order_state ->
        [not-shipped] Đơn hàng { $order_id } chưa được gửi đi nên vẫn có thể thay đổi. Quý khách vui lòng cho biết cụ thể muốn thay đổi gì.
       *[shipped] Đơn hàng { $order_id } đã được gửi đi nên không thể thay đổi nữa. Khi nhận được hàng, chúng tôi rất sẵn lòng hỗ trợ Quý khách đổi hoặc trả hàng.
    }

order-cancellation =
    Theo yêu cầu của Quý khách, chúng tôi đã hủy đơn hàng { $order_id }. Khoản hoàn tiền { $amount } sẽ được trả về phương thức thanh toán ban đầu và hiển thị trong vòng { $days } ngày, tùy ngân hàng.
    .subject = Đơn hàng { $order_id } đã được hủy

# VN: hóa đơn cho doanh nghiệp cần tên công ty, địa chỉ và mã số thuế.
invoice-request =
    Chúng tôi sẽ gửi hóa đơn cho đơn hàng { $order_id } trong vòng { $days } ngày làm việc. Nếu cần xuất hóa đơn cho doanh nghiệp, Quý khách vui lòng gửi tên công ty, địa chỉ và mã số thuế.
    .subject = Hóa đơn cho đơn hàng { $order_id }
