### 议价：清楚回应砍价请求，不做无法兑现的承诺（seed 004）。

no-discount-gift-offer =
    很抱歉，{ $item_name }目前的价格已经很实在，我们无法再降价了。
    不过如果您今天下单，我们会额外送您{ $gift }作为小礼物，感谢您的支持。
    .subject = 关于{ $item_name }的价格

volume-discount =
    订购{ $quantity }件及以上，我们可以在标价基础上给您{ $percent }%的优惠。

counter-offer =
    感谢您为{ $item_name }出价{ $offer }。这个价格我们无法接受，但可以按{ $price }卖给您，您看可以吗？

bundle-discount =
    如果您将{ $item_name }与本店任意其他商品一起购买，整单可享{ $percent }%优惠。

prepaid-discount =
    如果您选择在线预付而不是货到付款，本单可立减{ $amount }，付款到账后我们会马上发货。

sample-offer =
    我们可以寄送{ $item_name }的样品，费用{ $amount }（含运费）。之后如果您订购{ $quantity }件及以上，这笔费用可从货款中抵扣。

minimum-order-quantity =
    { $item_name }的批发价{ $quantity }件起订。数量较少时按店铺售价计算。
