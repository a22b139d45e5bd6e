### Trước khi mua: tồn kho, đặt trước, kích cỡ, quốc gia giao hàng và phương thức thanh toán.

out-of-stock =
    Cảm ơn Quý khách đã quan tâm đến { $item_name }. Sản phẩm hiện đã hết hàng; dự kiến có hàng lại vào khoảng { $restock_date }. Quý khách có muốn chúng tôi báo ngay khi có hàng không ạ?

pre-order =
    { $item_name } đang nhận đặt trước. Chúng tôi dự kiến giao các đơn đặt trước từ { $ship_date } và sẽ báo ngay cho Quý khách nếu ngày này thay đổi. Quý khách có thể hủy đơn đặt trước bất cứ lúc nào trước khi gửi hàng.

size-and-fit =
    Bảng kích cỡ của { $item_name } ở đây: { $link }. Nếu Quý khách cho biết cỡ thường mặc và số đo (chiều cao, vòng ngực, vòng eo), chúng tôi rất sẵn lòng tư vấn cỡ phù hợp.

no-shipping-to-country =
    Cảm ơn Quý khách đã quan tâm. Rất tiếc, hiện chúng tôi chưa giao hàng đến { $country }. Mong Quý khách thông cảm; chúng tôi hy vọng sẽ sớm phục vụ được khu vực này.

payment-methods =
    Quý khách có thể thanh toán bằng { $payment_methods }.
