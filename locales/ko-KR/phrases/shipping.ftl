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

customs-id-request =
    주문 { $order_id } 건의 통관을 위해 배송사에서 { $market ->
        [KR] 개인통관고유부호
        [BR] CPF 번호
        [CN] 수취인 이름과 일치하는 신분증 번호
       *[other] 신분증 번호 또는 납세자 번호
    } 정보를 요청하고 있습니다. 답장으로 알려 주시면 이번 배송에만 사용하겠습니다.

duties-and-taxes =
    { $duties ->
        [included] 주문하신 상품의 수입 관세와 세금은 판매가에 포함되어 있어, 받으실 때 추가로 내실 금액이 없습니다.
       *[other] 주문하신 상품에는 예상 금액 { $amount } 정도의 수입 관세와 세금이 부과될 수 있으며, 배송 전에 배송사에서 청구합니다. 최종 금액은 세관에서 결정합니다.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] 설 연휴로 { $start_date }부터 { $end_date }까지 휴무합니다.
       *[other] 공휴일로 { $start_date }부터 { $end_date }까지 휴무합니다.
    } { $cutoff_date }까지 들어온 주문은 휴무 전에 발송하고, 이후 주문은 휴무가 끝난 뒤 순차적으로 발송합니다. 양해해 주셔서 감사합니다.
    .subject = { $start_date }~{ $end_date } 휴무 안내

failed-delivery-attempt =
    { $carrier }에서 주문 { $order_id } 건을 배송하려 했으나 부재중이셨습니다. 상품은 { $pickup_point }에서 { $days }일 동안 보관됩니다. 직접 찾아가시거나 운송장 번호 { $tracking_number }로 재배송을 요청하실 수 있습니다.

returned-to-sender =
    주문 { $order_id } 건이 배송되지 못해 저희에게 반송되고 있습니다. 반송품이 도착하면 다시 보내 드리거나(배송비 { $amount }) 환불해 드릴 수 있습니다. 원하시는 방법을 알려 주시고, 주소도 다시 한번 확인해 주세요.

convenience-store-pickup =
    주문 { $order_id } 건이 { $store }에 도착하여 수령하실 수 있습니다. { $days }일 이내에 수령 번호({ $pickup_code })를 제시하고 찾아가 주세요. 기한 내에 찾아가지 않은 상품은 발송인에게 반송됩니다.

tracking-not-updating =
    운송장 번호 { $tracking_number }의 배송 조회가 며칠째 업데이트되지 않고 있습니다. 국가 간 이동 중이거나 통관 대기 중에는 자주 있는 일입니다. { $carrier }에 확인을 요청했으며, { $hours }시간 이내에 다시 알려 드리겠습니다.
