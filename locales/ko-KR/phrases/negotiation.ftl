### 가격 협상: 가격 문의에는 지킬 수 없는 약속 없이 명확하게 답합니다 (시드 004).
### 변수:
###   $item_name  문의 중인 상품
###   $gift       증정하는 사은품 (명사구, 예: "휴대폰 케이스")
###   $quantity   수량 (개수)
###   $percent    할인율 (숫자)

# 가격은 더 낮출 수 없지만, 지금 주문하시면 작은 사은품을 드립니다.
no-discount-gift-offer =
    죄송하지만 { $item_name } 상품은 이미 최대한 낮춘 가격이라 더 이상 가격을 낮춰 드리기 어렵습니다.
    대신 오늘 주문해 주시면 감사의 마음을 담아 작은 선물로 { $gift }도 함께 보내 드리겠습니다.
    .subject = { $item_name } 가격 관련 안내

volume-discount =
    { $quantity }개 이상 주문하시면 표시된 판매가에서 { $percent }% 할인해 드릴 수 있습니다.

counter-offer =
    { $item_name } 상품에 대해 { $offer }의 가격을 제안해 주셔서 감사합니다. 죄송하지만 해당 가격은 어렵고, { $price }에는 드릴 수 있습니다. 괜찮으실까요?

bundle-discount =
    { $item_name } 상품을 저희 상점의 다른 상품과 함께 구매하시면 전체 주문 금액에서 { $percent }% 할인해 드립니다.

prepaid-discount =
    착불(현장 결제) 대신 온라인으로 미리 결제해 주시면 이번 주문에서 { $amount } 할인해 드리고, 결제 확인 즉시 발송해 드리겠습니다.

sample-offer =
    { $item_name } 샘플을 배송비 포함 { $amount }에 보내 드릴 수 있습니다. 이후 { $quantity }개 이상 주문하시면 이 금액을 주문 금액에서 차감해 드립니다.

minimum-order-quantity =
    { $item_name }의 도매가는 { $quantity }개 이상 주문 시 적용됩니다. 그보다 적은 수량은 상점 판매가로 적용됩니다.
