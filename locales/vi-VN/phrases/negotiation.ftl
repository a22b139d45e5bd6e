### Thương lượng: trả lời rõ ràng khi khách hỏi giảm giá, không hứa điều không làm được (seed 004).

no-discount-gift-offer =
    Rất tiếc, chúng tôi không thể giảm thêm giá của { $item_name }: giá này đã là mức chúng tôi cố gắng hết sức để đưa ra.
    Nhưng nếu Quý khách đặt hàng trong hôm nay, chúng tôi sẽ tặng kèm { $gift } như một món quà nhỏ để cảm ơn.
    .subject = Về giá của { $item_name }

volume-discount =
    Với đơn từ { $quantity } sản phẩm trở lên, chúng tôi có thể giảm { $percent }% so với giá niêm yết.

counter-offer =
    Cảm ơn Quý khách đã trả giá { $offer } cho { $item_name }. Chúng tôi không thể nhận mức giá này, nhưng có thể bán cho Quý khách với giá { $price }. Quý khách thấy được không ạ?

bundle-discount =
    Nếu mua { $item_name } cùng bất kỳ sản phẩm nào khác của cửa hàng, Quý khách được giảm { $percent }% cho cả đơn hàng.

prepaid-discount =
    Nếu Quý khách thanh toán trực tuyến trước thay vì COD, chúng tôi giảm { $amount } cho đơn hàng này và gửi hàng ngay khi nhận được thanh toán.

sample-offer =
    Chúng tôi có thể gửi mẫu { $item_name } với giá { $amount }, đã gồm phí vận chuyển. Nếu sau đó Quý khách đặt từ { $quantity } sản phẩm trở lên, chúng tôi sẽ trừ khoản này vào đơn hàng.

minimum-order-quantity =
    Giá sỉ của { $item_name } áp dụng cho đơn từ { $quantity } sản phẩm trở lên. Với số lượng ít hơn, áp dụng giá bán lẻ của cửa hàng.
