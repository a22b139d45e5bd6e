### 議價：清楚回應殺價，不做做不到的承諾（seed 004）。

no-discount-gift-offer =
    很抱歉，{ $item_name }目前的價格已經很實在，我們沒辦法再降價了。
    不過如果您今天下單，我們會加送{ $gift }當作小禮物，謝謝您的支持。
    .subject = 關於{ $item_name }的價格

volume-discount =
    訂購{ $quantity }件以上，我們可以在標價上給您{ $percent }%的折扣。

counter-offer =
    謝謝您為{ $item_name }出價{ $offer }。這個價格我們無法接受，但可以用{ $price }賣給您，您覺得可以嗎？

bundle-discount =
    如果您把{ $item_name }和本店任何其他商品一起購買，整筆訂單可享{ $percent }%折扣。

prepaid-discount =
    如果您選擇線上預先付款而不是貨到付款，這筆訂單可折抵{ $amount }，款項確認後我們會馬上出貨。

sample-offer =
    我們可以寄{ $item_name }的樣品給您，費用{ $amount }（含運費）。之後若您訂購{ $quantity }件以上，這筆費用可以從貨款中扣除。

minimum-order-quantity =
    { $item_name }的批發價{ $quantity }件起訂。數量較少時以賣場售價計算。
