### 사후 관리: 미수령 소포, 환불, 불편 사항 접수.
### 변수:
###   $buyer_name       구매자 이름
###   $order_id         주문번호
###   $tracking_number  소포의 운송장 번호
###   $days             일수
###   $amount           금액 (통화 단위까지 이미 형식이 지정됨)
###   $case_id          불편 사항 접수번호

package-not-received =
    소포가 아직 도착하지 않아 불편을 드려 죄송합니다. 번거로우시겠지만 아래 사항을 확인해 주시기 바랍니다.
    1. 운송장 번호 { $tracking_number }의 최신 배송 상태를 조회해 주세요.
    2. 이웃, 건물 관리사무소(경비실) 또는 가까운 우체국에서 소포를 대신 받아 두었는지 문의해 주세요.
    3. 주문번호 { $order_id }의 배송지 주소가 정확한지 확인해 주세요.
    { $days }일이 지나도 소포를 찾지 못하시면 저희에게 알려 주세요. 해결해 드리겠습니다.
    .subject = 주문번호 { $order_id } 소포 관련 안내

refund-or-reship =
    주문번호 { $order_id } 건으로 불편을 드려 진심으로 죄송합니다. { $amount } 전액 환불 또는 새 상품 무료 재발송 중에서 선택하실 수 있습니다. 원하시는 방법을 알려 주세요.

complaint-acknowledgement =
    { $buyer_name } 고객님, 말씀해 주셔서 감사드리며 불편을 드린 점 진심으로 사과드립니다. 고객님의 불편 사항을 접수하였으며(접수번호: { $case_id }), { $days }일 이내에 해결 방안을 안내해 드리겠습니다.
    .subject = 불편 사항이 접수되었습니다 (접수번호: { $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] 주문 { $order_id }의 상품이 파손된 상태로 도착하여 정말 죄송합니다.
        [wrong-item] 주문 { $order_id }에 다른 상품이 잘못 발송되어 정말 죄송합니다.
       *[other] 주문 { $order_id }에 문제가 생겨 정말 죄송합니다.
    } 번거로우시겠지만 상품, 포장 상태, 송장 사진을 몇 장 보내 주시겠습니까? 사진을 받는 대로 교환 또는 환불 방안을 안내해 드리겠습니다.

return-instructions =
    주문 { $order_id }의 { $item_name } 반품 방법은 다음과 같습니다.
    1. 가능하면 원래 포장에 넣어 안전하게 포장해 주세요.
    2. { $days }일 이내에 다음 주소로 보내 주세요: { $return_address }
    3. 반품 운송장 번호를 알려 주세요.
    { $return_shipping ->
        [free] 반품 배송비는 저희가 부담합니다.
       *[other] 반품 배송비는 고객님 부담입니다.
    } 반품 상품이 도착하는 대로 환불해 드리겠습니다.
    .subject = 주문 { $order_id } 반품 안내

refund-processed =
    주문 { $order_id }에 대해 원래 결제 수단으로 { $amount } 환불을 완료했습니다. 카드사나 은행에 따라 내역에 반영되기까지 영업일 기준 며칠이 걸릴 수 있습니다.
    .subject = 주문 { $order_id } 환불 완료 안내

partial-refund-offer =
    사과의 뜻으로 주문 { $order_id }에 대해 { $amount } 부분 환불을 해 드리고, 상품은 그대로 사용하실 수 있도록 하고 싶습니다. 반품 후 전액 환불을 원하시면 물론 그렇게 해 드리겠습니다.

warranty-claim =
    { $item_name } 상품은 { $months }개월 동안 보증됩니다. 주문 번호 { $order_id }, 고장 증상에 대한 간단한 설명, 사진이나 동영상을 보내 주세요. 확인 후 수리 또는 교환 방안을 안내해 드리겠습니다.
