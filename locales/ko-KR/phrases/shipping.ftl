### 배송: 발송 안내, 배송 지연, 배송사 요청.
### 변수:
###   $order_id         주문번호
###   $carrier          배송사 이름
###   $tracking_number  운송장 번호
###   $days             일수
###   $reason           배송이 늦어진 이유: "holiday", "customs", "weather" 또는 그 밖의 값
###   $delivery_date    새 예상 도착일 (구매자에 맞게 이미 형식이 지정됨)
###   $amount           금액 (통화 단위까지 이미 형식이 지정됨)

order-shipped =
    반가운 소식을 전해 드립니다. 주문번호 { $order_id } 상품이 발송되었습니다. 배송사는 { $carrier }, 운송장 번호는 { $tracking_number }입니다. 배송 조회 정보는 보통 { $days }일 이내에 온라인에서 확인하실 수 있습니다.
    .subject = 주문번호 { $order_id } 상품이 발송되었습니다

shipping-delay =
    { $reason ->
        [holiday] 죄송합니다. 공휴일 연휴로 인해 주문번호 { $order_id } 상품이 예정보다 늦게 도착하게 되었습니다.
        [customs] 죄송합니다. 주문번호 { $order_id } 상품이 현재 통관 대기 중이어서 예정보다 늦게 도착하게 되었습니다.
        [weather] 죄송합니다. 기상 악화로 주문번호 { $order_id } 상품의 배송이 지연되어 예정보다 늦게 도착하게 되었습니다.
       *[other] 죄송합니다. 배송사 사정으로 주문번호 { $order_id } 상품의 배송이 지연되어 예정보다 늦게 도착하게 되었습니다.
    } 새로운 예상 도착일은 { $delivery_date }입니다. 기다려 주셔서 감사합니다.
    .subject = 주문번호 { $order_id } 배송 현황 안내

# 구매자가 비용이 더 드는 빠른 배송이나 특정 배송사를 요청한 경우입니다.
extra-freight =
    요청하신 대로 { $carrier } 배송으로 보내 드릴 수 있습니다. 다만 일반 배송보다 배송비가 { $amount } 추가됩니다. 동의하시면 차액을 결제해 주세요. 확인되는 대로 바로 발송해 드리겠습니다.
