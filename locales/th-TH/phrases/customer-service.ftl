### บริการลูกค้า: คำทักทาย การตอบรับระหว่างรอตรวจสอบ การติดตาม และคำลงท้าย (seed 001, 004)
### ตัวแปรเหมือน en-US; คำลงท้าย ครับ/ค่ะ เลือกตาม $agent_gender ("male" = ครับ, อื่น ๆ = ค่ะ)

-support-team = ฝ่ายบริการลูกค้า
-fallback-buyer_name = ลูกค้า
-fallback-buyer_given_name = ลูกค้า
-fallback-buyer_family_name = ลูกค้า
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = ทางร้าน

# ทักทายให้สอดคล้องกับผู้ซื้อ (สุภาพเป็นค่าเริ่มต้น) ขอบคุณลูกค้าใหม่ และต้อนรับลูกค้าเก่าที่กลับมา
greeting =
    { $salutation ->
        [casual] สวัสดี{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } คุณ{ $buyer_name }
       *[formal] เรียน คุณ{ $buyer_name }
    }
    { $buyer_status ->
        [returning] ยินดีที่ได้ต้อนรับอีกครั้ง{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } มีอะไรให้ทางร้านช่วยเหลือไหม{ $agent_gender ->
        [male] ครับ
       *[female] คะ
    }
       *[first-time] ขอบคุณที่สอบถามเข้ามาและให้ความสนใจสินค้าของทางร้าน{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    }
    }
    .subject =
        { $buyer_status ->
            [returning] ยินดีต้อนรับกลับสู่ { $shop_name }
           *[first-time] ขอบคุณที่ติดต่อ { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] ขออภัยที่ตอบกลับล่าช้า{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } เนื่องจากทางร้านหยุดทำการในวันหยุดนักขัตฤกษ์
        [weekend] ขออภัยที่ตอบกลับล่าช้า{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } เนื่องจากทีมงานหยุดทำการในช่วงสุดสัปดาห์
       *[other] ขออภัยที่ตอบกลับล่าช้า{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } ขอบคุณที่กรุณารอ{ $agent_gender ->
        [male] นะครับ
       *[female] นะคะ
    }
    }

will-check-and-reply =
    ขอบคุณสำหรับคำถาม{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } ขออนุญาตตรวจสอบกับทีมงานก่อน แล้วจะแจ้งกลับภายใน { $hours } ชั่วโมง{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    }

order-confirmation =
    ขอบคุณสำหรับคำสั่งซื้อ { $order_id } { $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } ทางร้านจะจัดส่งสินค้าให้ภายใน { $days } วันทำการ และเมื่อจัดส่งแล้วจะแจ้งหมายเลขติดตามพัสดุให้ทราบทันที{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    }
    .subject = ทางร้านได้รับคำสั่งซื้อ { $order_id } ของคุณแล้ว

closing-thanks =
    ขอบคุณอีกครั้งที่อุดหนุนทางร้าน{ $agent_gender ->
        [male] นะครับ
       *[female] นะคะ
    } ขอให้เป็นวันที่ดี{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    }

    ขอแสดงความนับถือ
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    ขอบคุณสำหรับข้อความ{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } ขณะนี้ทีมงานไม่อยู่ และจะกลับมาให้บริการในวันที่ { $return_date } ทางร้านจะตอบกลับตามลำดับข้อความที่ได้รับ หากสอบถามเกี่ยวกับคำสั่งซื้อ รบกวนแจ้งหมายเลขคำสั่งซื้อด้วย{ $agent_gender ->
        [male] นะครับ
       *[female] นะคะ
    }
    .subject = ตอบกลับอัตโนมัติ: ทีมงานจะกลับมาในวันที่ { $return_date }

follow-up-no-reply =
    ขออนุญาตติดตามข้อความก่อนหน้าเรื่อง{ $topic } { $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    } หากสะดวกเมื่อไร รบกวนแจ้งทางร้านว่าต้องการดำเนินการอย่างไร หากไม่ต้องการความช่วยเหลือแล้ว ไม่จำเป็นต้องตอบกลับ{ $agent_gender ->
        [male] ครับ
       *[female] ค่ะ
    }
