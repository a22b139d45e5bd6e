### 售前：库存、预售、尺码、配送范围和支付方式。

out-of-stock =
    感谢您对{ $item_name }的关注。该商品目前暂时缺货，预计{ $restock_date }前后补货。需要我们在到货后第一时间通知您吗？

pre-order =
    { $item_name }现已开放预订。预售商品计划从{ $ship_date }起陆续发货，如有变动我们会立即通知您。发货前您可以随时取消预订。

size-and-fit =
    { $item_name }的尺码表请见：{ $link }。如果您告诉我们平时穿的尺码和身高、胸围、腰围，我们很乐意为您推荐合适的尺码。

no-shipping-to-country =
    感谢您的关注。很抱歉，我们目前暂时无法配送到{ $country }，希望将来能为您提供配送服务。

payment-methods =
    您可以使用{ $payment_methods }付款。
