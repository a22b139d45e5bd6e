### 客户关系：签收后致谢、邀请评价、老客优惠券和节日问候。

thanks-after-delivery =
    { $buyer_status ->
        [returning] 您的订单已签收，感谢您再次选择{ $shop_name }！
       *[first-time] 您的订单已签收，感谢您第一次在{ $shop_name }购物！
    }如有任何不满意的地方，直接回复这条消息，我们会尽力帮您处理。
    .subject = 感谢您在{ $shop_name }的购买

review-request =
    希望您对这次购买感到满意。如果您有时间，欢迎留下评价：这能帮助其他买家，也能帮助我们改进。评价完全自愿；如果您不希望收到此类邀请，告诉我们即可。
    .subject = 您在{ $shop_name }的购物体验如何？

returning-buyer-coupon =
    感谢您一直以来对{ $shop_name }的支持。为表谢意，送您一张下次购物可享{ $percent }%优惠的优惠码：{ $coupon_code }，有效期至{ $expiry_date }。
    .subject = { $shop_name }送您一份谢礼

holiday-greeting =
    { $occasion ->
        [ramadan] 斋月吉祥！祝您和家人斋月平安、幸福。
        [eid] 开斋节快乐！祝您和家人节日愉快、平安喜乐。
        [diwali] 排灯节快乐！愿光明之节为您和家人带来欢乐与富足。
        [lunar-new-year] 新年快乐！祝您新春大吉，身体健康，万事如意。
        [christmas] 圣诞快乐！祝您和家人节日愉快。
       *[other] 新年快乐！祝您在新的一年里身体健康、幸福美满。
    }
    { $shop_name }团队敬上
