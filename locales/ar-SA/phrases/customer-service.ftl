### خدمة العملاء: التحية والردود المؤقتة والمتابعة والختام (seed 001، 004).
### المتغيرات كما في en-US. نخاطب المشتري بصيغة الجمع للاحترام (نشكركم، طلبكم)، وهي رسمية ومحايدة.

-support-team = فريق خدمة العملاء
-fallback-buyer_name = عميلنا العزيز
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = متجرنا

# رسمي افتراضيًا (اللقب مع الاسم الأول في الخليج)، إلا إذا كتب المشتري بأسلوب غير رسمي.
greeting =
    { $salutation ->
        [casual] مرحبًا { $buyer_name }،
       *[formal] { $buyer_gender ->
            [female] السيدة { $buyer_given_name } المحترمة،
            [male] السيد { $buyer_given_name } المحترم،
           *[other] السلام عليكم { $buyer_name }،
        }
    }
    { $buyer_status ->
        [returning] يسعدنا تواصلكم معنا مجددًا! كيف يمكننا مساعدتكم اليوم؟
       *[first-time] نشكركم على استفساركم واهتمامكم بمنتجاتنا.
    }
    .subject =
        { $buyer_status ->
            [returning] أهلًا بعودتكم إلى { $shop_name }
           *[first-time] شكرًا لتواصلكم مع { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] نعتذر عن تأخر الرد، فقد كان مكتبنا مغلقًا بسبب العطلة الرسمية.
        [weekend] نعتذر عن تأخر الرد، فقد كان فريقنا في إجازة نهاية الأسبوع.
       *[other] نعتذر عن تأخر الرد، ونشكركم على صبركم وتفهّمكم.
    }

will-check-and-reply =
    شكرًا على سؤالكم. سأتحقق من ذلك مع فريقنا وأعود إليكم بالرد خلال { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.

order-confirmation =
    نشكركم على طلبكم رقم { $order_id }! سنقوم بشحنه خلال { $days ->
        [zero] { $days } يوم عمل
        [one] يوم عمل واحد
        [two] يومي عمل
        [few] { $days } أيام عمل
        [many] { $days } يوم عمل
       *[other] { $days } يوم عمل
    }، وسنرسل إليكم رقم التتبع بمجرد أن يصبح في طريقه إليكم.
    .subject = تم استلام طلبكم رقم { $order_id }

closing-thanks =
    نشكركم مجددًا على ثقتكم، ونتمنى لكم يومًا سعيدًا!

    مع أطيب التحيات،
    { $agent_name }
    { -support-team } في { $shop_name }

away-auto-reply =
    نشكركم على رسالتكم. فريقنا غير متاح حاليًا، وسنعود في { $return_date }، وسنرد على الرسائل حسب ترتيب وصولها. إذا كان استفساركم عن طلب قائم، يُرجى ذكر رقم الطلب.
    .subject = رد تلقائي: نعود إليكم في { $return_date }

follow-up-no-reply =
    أتابع معكم رسالتي السابقة بخصوص { $topic }. متى ناسبكم ذلك، يُرجى إبلاغنا بالطريقة التي تفضلون المتابعة بها. وإذا لم تعودوا بحاجة إلى المساعدة، فلا داعي للرد.
