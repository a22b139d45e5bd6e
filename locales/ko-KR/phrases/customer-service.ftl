### 고객 응대: 첫인사, 확인 후 답변 안내, 맺음말 (시드 001, 004).
### 변수:
###   $buyer_name    구매자가 서명한 이름
###   $salutation    구매자가 "Dear ..."로 썼으면 "formal", "Hi ..."로 썼으면 "casual"
###   $buyer_status  "first-time"(첫 구매자) 또는 "returning"(재방문 구매자)
###   $shop_name     판매자의 상점 이름
###   $agent_name    답장에 서명하는 담당자
###   $reason        답변이 늦어진 이유: "holiday", "weekend" 또는 그 밖의 값
###   $hours         시간 수
###   $order_id      주문번호
###   $days          영업일 수

-support-team = 고객센터
-fallback-buyer_name = 고객
-fallback-buyer_given_name = 고객
-fallback-buyer_family_name = 고객
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = 저희 상점

# 구매자의 인사 방식에 맞춥니다. 첫 구매자에게는 문의에 감사하고, 재방문 구매자는 반갑게 맞이합니다.
greeting =
    { $salutation ->
        [casual] { $buyer_name } 고객님, 안녕하세요.
       *[formal] { $buyer_name } 고객님, 안녕하십니까.
    }
    { $buyer_status ->
        [returning] 다시 찾아 주셔서 반갑습니다! 무엇을 도와드릴까요?
       *[first-time] 저희 상품에 관심을 가져 주시고 문의해 주셔서 감사합니다.
    }
    .subject =
        { $buyer_status ->
            [returning] { $shop_name }에 다시 오신 것을 환영합니다
           *[first-time] { $shop_name }에 문의해 주셔서 감사합니다
        }

late-reply-apology =
    { $reason ->
        [holiday] 답변이 늦어져 죄송합니다. 공휴일로 인해 사무실이 휴무였습니다.
        [weekend] 답변이 늦어져 죄송합니다. 주말 동안 담당 팀이 부재 중이었습니다.
       *[other] 답변이 늦어져 죄송합니다. 기다려 주셔서 감사합니다.
    }

# 추측하지 말고, 확인 후 언제 답변할지 알려 드립니다.
will-check-and-reply =
    문의해 주셔서 감사합니다. 담당 팀에 확인한 후 { $hours }시간 이내에 다시 답변드리겠습니다.

# 새 주문을 확인하고, 언제 발송할지 알려 드립니다.
order-confirmation =
    주문해 주셔서 감사합니다! 주문번호 { $order_id } 상품은 { $days }영업일 이내에 발송해 드릴 예정이며, 발송되는 대로 운송장 번호를 바로 안내해 드리겠습니다.
    .subject = 주문번호 { $order_id } 주문이 접수되었습니다

closing-thanks =
    변함없는 성원에 다시 한번 감사드립니다. 좋은 하루 보내세요!

    { $shop_name } { -support-team }
    { $agent_name } 드림

away-auto-reply =
    문의해 주셔서 감사합니다. 현재 담당자가 부재 중이며 { $return_date }부터 접수된 순서대로 답변해 드리겠습니다. 주문 관련 문의는 주문 번호를 함께 적어 주시기 바랍니다.
    .subject = [자동 응답] { $return_date }부터 순차적으로 답변해 드리겠습니다

follow-up-no-reply =
    지난번에 말씀드린 { $topic } 건으로 다시 연락드립니다. 편하실 때 원하시는 진행 방법을 알려 주시면 감사하겠습니다. 이미 해결되셨다면 따로 답장하지 않으셔도 됩니다.
