### التفاوض: الرد بوضوح على طلبات تخفيض السعر دون وعود غير صادقة (seed 004).

no-discount-gift-offer =
    نعتذر، لا يمكننا تخفيض سعر { $item_name } أكثر من ذلك، فقد خفّضناه بالفعل إلى أقصى حد ممكن لنا.
    ولكن إذا أتممتم طلبكم اليوم، فسنرسل إليكم { $gift } هديةً بسيطة تعبيرًا عن شكرنا لكم.
    .subject = بخصوص سعر { $item_name }

volume-discount =
    عند طلب { $quantity ->
        [zero] { $quantity } قطعة
        [one] قطعة واحدة
        [two] قطعتين
        [few] { $quantity } قطع
        [many] { $quantity } قطعة
       *[other] { $quantity } قطعة
    } أو أكثر، يمكننا تقديم خصم بنسبة { $percent }% على السعر المعروض.

counter-offer =
    نشكركم على عرضكم { $offer } مقابل { $item_name }. لا يمكننا قبول هذا السعر، لكن يمكننا تقديمه لكم بسعر { $price }. هل يناسبكم ذلك؟

bundle-discount =
    إذا اشتريتم { $item_name } مع أي منتج آخر من متجرنا، نقدّم لكم خصمًا بنسبة { $percent }% على الطلب كاملًا.

prepaid-discount =
    إذا دفعتم إلكترونيًا مقدمًا بدلًا من الدفع عند الاستلام، نخصم لكم { $amount } من هذا الطلب، ونشحنه فور وصول الدفع.

sample-offer =
    يمكننا إرسال عينة من { $item_name } مقابل { $amount } شاملة الشحن. وإذا طلبتم بعد ذلك { $quantity ->
        [zero] { $quantity } قطعة
        [one] قطعة واحدة
        [two] قطعتين
        [few] { $quantity } قطع
        [many] { $quantity } قطعة
       *[other] { $quantity } قطعة
    } أو أكثر، نخصم هذا المبلغ من قيمة طلبكم.

minimum-order-quantity =
    يسري سعر الجملة لـ{ $item_name } ابتداءً من { $quantity ->
        [zero] { $quantity } قطعة
        [one] قطعة واحدة
        [two] قطعتين
        [few] { $quantity } قطع
        [many] { $quantity } قطعة
       *[other] { $quantity } قطعة
    }. أما الكميات الأقل فيُطبّق عليها سعر المتجر.
