### إطار الرد: سطور الافتتاح والختام التي يضعها مساعد الرد حول الرسالة: مخاطبة العميل بأسلوبه، الشكر أو الترحيب بعودته، الاعتذار عن تأخر الرد، الختام (المرجعان 001 و004).
### المتغيرات:
###   $salutation         "formal" إذا بدأ العميل بـ "Dear ..."، و"casual" إذا بدأ بـ "Hi ..."
###   $agent_name         من يوقّع الرد
###   $shop_name          اسم المتجر
###   $buyer_name         (optional) اسم العميل الكامل
###   $buyer_family_name  (optional) اسم العائلة
###   $buyer_given_name   (optional) الاسم الأول
###   $buyer_gender       (optional) "female" أو "male" أو غير ذلك (مخاطبة محايدة)
###   $agent_gender       (optional) جنس من يوقّع
###   $reason             (optional) سبب تأخر الرد: "holiday" أو "weekend" أو غير ذلك

salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] السيدة { $buyer_given_name } المحترمة،
                [male] السيد { $buyer_given_name } المحترم،
               *[other] السلام عليكم { $buyer_name }،
            }
       *[casual] مرحبًا { $buyer_given_name }،
    }

first-time-thanks = نشكرك على استفسارك واهتمامك بمنتجنا.

returning-welcome = يسعدنا تواصلك معنا مجددًا! كيف يمكننا مساعدتك؟

late-reply-apology =
    { $reason ->
        [holiday] نعتذر عن التأخر في الرد، فقد كان مكتبنا مغلقًا بسبب العطلة الرسمية.
        [weekend] نعتذر عن التأخر في الرد، فقد كان فريقنا في إجازة نهاية الأسبوع.
       *[other] نعتذر عن التأخر في الرد، ونشكرك على صبرك.
    }

closing =
    { $salutation ->
        [formal] مع خالص التحية والتقدير،
       *[casual] مع أطيب التمنيات،
    }
    { $agent_name }
    { $shop_name }
