### 顧客關係：到貨後致謝、邀請評價、回購折價券與節日問候。

thanks-after-delivery =
    { $buyer_status ->
        [returning] 您的訂單已送達，謝謝您再次選擇{ $shop_name }！
       *[first-time] 您的訂單已送達，謝謝您第一次在{ $shop_name }購物！
    }如果有任何不滿意的地方，直接回覆這則訊息，我們會盡力協助您。
    .subject = 感謝您在{ $shop_name }的訂購

review-request =
    希望您對這次購買感到滿意。如果您有空，歡迎留下評價：這能幫助其他買家，也能讓我們做得更好。評價完全自由；如果您不想收到這類邀請，告訴我們即可。
    .subject = 您在{ $shop_name }的購物體驗如何？

returning-buyer-coupon =
    謝謝您一直以來對{ $shop_name }的支持。為表謝意，送您下次購物可享{ $percent }%折扣的優惠碼：{ $coupon_code }，使用期限至{ $expiry_date }。
    .subject = { $shop_name }送您一份謝禮

holiday-greeting =
    { $occasion ->
        [ramadan] 齋戒月吉祥！祝您和家人平安喜樂。
        [eid] 開齋節快樂！祝您和家人節日愉快、平安順心。
        [diwali] 排燈節快樂！願光明節為您和家人帶來歡樂與富足。
        [lunar-new-year] 新年快樂！祝您新春如意、身體健康、萬事順心。
        [christmas] 聖誕快樂！祝您和家人佳節愉快。
       *[other] 新年快樂！祝您在新的一年身體健康、幸福美滿。
    }
    { $shop_name }團隊 敬上
