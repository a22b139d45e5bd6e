### กรอบคำตอบ: บรรทัดเปิดและปิดที่ผู้ช่วยเขียนคำตอบวางไว้รอบข้อความ: ใช้ระดับภาษาตามลูกค้า ขอบคุณหรือต้อนรับกลับ ขออภัยที่ตอบช้า และคำลงท้าย (เอกสารอ้างอิง 001, 004)
### ตัวแปร:
###   $salutation         "formal" เมื่อลูกค้าขึ้นต้นด้วย "Dear ..." และ "casual" เมื่อขึ้นต้นด้วย "Hi ..."
###   $agent_name         ผู้ลงชื่อในคำตอบ
###   $shop_name          ชื่อร้าน
###   $buyer_name         (optional) ชื่อเต็มของลูกค้า
###   $buyer_family_name  (optional) นามสกุลของลูกค้า
###   $buyer_given_name   (optional) ชื่อต้นของลูกค้า (ใช้กับ คุณ)
###   $buyer_gender       (optional) เพศของลูกค้า
###   $agent_gender       (optional) "female" หรือ "male": คำลงท้าย ค่ะ/ครับ ของผู้ตอบ
###   $reason             (optional) เหตุที่ตอบช้า: "holiday", "weekend" หรือค่าอื่น

# คุณ + ชื่อต้น; คำลงท้ายตามเพศของผู้ตอบ
salutation =
    { $salutation ->
        [formal] เรียน คุณ{ $buyer_given_name }
       *[casual]
            { $agent_gender ->
                [male] สวัสดีครับ คุณ{ $buyer_given_name }
               *[female] สวัสดีค่ะ คุณ{ $buyer_given_name }
            }
    }

first-time-thanks =
    { $agent_gender ->
        [male] ขอบคุณที่สอบถามเข้ามาและให้ความสนใจสินค้าของทางร้านครับ
       *[female] ขอบคุณที่สอบถามเข้ามาและให้ความสนใจสินค้าของทางร้านค่ะ
    }

returning-welcome =
    { $agent_gender ->
        [male] ยินดีที่ได้ต้อนรับอีกครั้งครับ มีอะไรให้ทางร้านช่วยเหลือไหมครับ
       *[female] ยินดีที่ได้ต้อนรับอีกครั้งค่ะ มีอะไรให้ทางร้านช่วยเหลือไหมคะ
    }

late-reply-apology =
    { $reason ->
        [holiday] ขออภัยที่ตอบกลับล่าช้า เนื่องจากร้านปิดทำการในวันหยุดนักขัตฤกษ์{ $agent_gender ->
            [male] ครับ
           *[female] ค่ะ
        }
        [weekend] ขออภัยที่ตอบกลับล่าช้า เนื่องจากทีมงานหยุดช่วงสุดสัปดาห์{ $agent_gender ->
            [male] ครับ
           *[female] ค่ะ
        }
       *[other] ขออภัยที่ตอบกลับล่าช้า ขอบคุณที่รอ{ $agent_gender ->
            [male] ครับ
           *[female] ค่ะ
        }
    }

closing =
    { $salutation ->
        [formal] ขอแสดงความนับถือ
       *[casual]
            { $agent_gender ->
                [male] ขอบคุณครับ
               *[female] ขอบคุณค่ะ
            }
    }
    { $agent_name }
    { $shop_name }
