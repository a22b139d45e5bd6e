### 답장 틀: 답장 작성 도구가 본문 앞뒤에 두는 인사말과 맺음말. 구매자의 말투에 맞추고, 감사 또는 재방문 환영, 늦은 답변 사과, 맺음말(참고 자료 001, 004).
### 변수:
###   $salutation         구매자가 "Dear ..."로 시작하면 "formal", "Hi ..."로 시작하면 "casual"
###   $agent_name         답장에 서명하는 담당자
###   $shop_name          판매자의 상점 이름
###   $buyer_name         (optional) 구매자가 서명한 이름(성명)
###   $buyer_family_name  (optional) 구매자의 성
###   $buyer_given_name   (optional) 구매자의 이름
###   $buyer_gender       (optional) 구매자의 성별(한국어에서는 쓰지 않음)
###   $agent_gender       (optional) 담당자의 성별
###   $reason             (optional) 답변이 늦은 이유: "holiday", "weekend" 또는 그 밖의 값

salutation =
    { $salutation ->
        [formal] { $buyer_name } 고객님, 안녕하십니까.
       *[casual] { $buyer_name } 고객님, 안녕하세요.
    }

first-time-thanks = 저희 상품에 관심을 가져 주시고 문의해 주셔서 감사합니다.

returning-welcome = 다시 찾아 주셔서 반갑습니다! 무엇을 도와드릴까요?

late-reply-apology =
    { $reason ->
        [holiday] 답변이 늦어 죄송합니다. 공휴일이라 휴무였습니다.
        [weekend] 답변이 늦어 죄송합니다. 주말 동안 담당자가 자리를 비웠습니다.
       *[other] 답변이 늦어 죄송합니다. 기다려 주셔서 감사합니다.
    }

closing =
    { $salutation ->
        [formal] 감사합니다.
       *[casual] 좋은 하루 보내세요!
    }
    { $shop_name } { $agent_name } 드림
