### Hậu mãi: bưu kiện chưa đến, hàng hư hỏng, trả hàng, hoàn tiền, bảo hành và khiếu nại.

package-not-received =
    Chúng tôi rất tiếc vì bưu kiện chưa đến tay Quý khách. Quý khách vui lòng giúp chúng tôi kiểm tra các bước sau:
    1. Tra cứu trạng thái mới nhất bằng mã vận đơn { $tracking_number }.
    2. Hỏi hàng xóm, lễ tân hoặc bảo vệ tòa nhà, hoặc bưu cục gần nhà xem có nhận giúp bưu kiện không.
    3. Kiểm tra địa chỉ nhận hàng của đơn { $order_id } có chính xác không.
    Nếu sau { $days } ngày vẫn chưa tìm thấy bưu kiện, Quý khách vui lòng báo cho chúng tôi để được giải quyết.
    .subject = Bưu kiện của đơn hàng { $order_id }

refund-or-reship =
    Chúng tôi thành thật xin lỗi về sự cố với đơn hàng { $order_id }. Chúng tôi có thể hoàn lại toàn bộ { $amount } hoặc gửi miễn phí một bưu kiện mới. Quý khách vui lòng cho biết lựa chọn của mình.

complaint-acknowledgement =
    Kính gửi Quý khách { $buyer_name }, cảm ơn Quý khách đã báo cho chúng tôi và xin thành thật xin lỗi. Chúng tôi đã ghi nhận khiếu nại với mã tham chiếu { $case_id } và sẽ phản hồi phương án giải quyết trong vòng { $days } ngày.
    .subject = Chúng tôi đã nhận được khiếu nại của Quý khách ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Chúng tôi rất xin lỗi vì đơn hàng { $order_id } đến tay Quý khách bị hư hỏng.
        [wrong-item] Chúng tôi rất xin lỗi vì đã giao nhầm sản phẩm trong đơn hàng { $order_id }.
       *[other] Chúng tôi rất xin lỗi vì đơn hàng { $order_id } gặp sự cố.
    } Quý khách có thể gửi giúp vài ảnh chụp sản phẩm, bao bì và nhãn vận chuyển không ạ? Ngay khi nhận được ảnh, chúng tôi sẽ đề xuất đổi hàng hoặc hoàn tiền.

return-instructions =
    Cách trả lại { $item_name } của đơn hàng { $order_id }:
    1. Đóng gói cẩn thận, nếu được thì dùng bao bì gốc.
    2. Gửi trong vòng { $days } ngày đến: { $return_address }
    3. Gửi cho chúng tôi mã vận đơn của kiện hàng trả lại.
    { $return_shipping ->
        [free] Chúng tôi chịu phí gửi trả.
       *[other] Quý khách chịu phí gửi trả.
    } Chúng tôi sẽ hoàn tiền ngay khi nhận được hàng trả lại.
    .subject = Hướng dẫn trả hàng cho đơn { $order_id }

refund-processed =
    Chúng tôi đã hoàn { $amount } cho đơn hàng { $order_id } về phương thức thanh toán ban đầu. Tùy ngân hàng, có thể mất vài ngày làm việc để khoản tiền hiển thị trong sao kê.
    .subject = Hoàn tiền cho đơn hàng { $order_id }

partial-refund-offer =
    Để thay lời xin lỗi, chúng tôi xin hoàn { $amount } cho đơn hàng { $order_id } và Quý khách vẫn giữ sản phẩm. Nếu Quý khách muốn trả hàng để được hoàn tiền toàn bộ, chúng tôi cũng sẵn sàng.

warranty-claim =
    { $item_name } được bảo hành { $months } tháng. Quý khách vui lòng gửi mã đơn hàng { $order_id }, mô tả ngắn về lỗi và ảnh hoặc video. Chúng tôi sẽ kiểm tra và đề xuất sửa chữa hoặc thay thế.
