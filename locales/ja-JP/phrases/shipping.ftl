### 配送と通関：発送のお知らせ、遅延、通関情報、関税、休業、配達の問題、コンビニ受け取り。

order-shipped =
    ご注文{ $order_id }を{ $carrier }にて発送いたしました。追跡番号は{ $tracking_number }です。追跡情報は通常{ $days }日以内にオンラインで確認できるようになります。
    .subject = ご注文{ $order_id }を発送いたしました

shipping-delay =
    { $reason ->
        [holiday] 誠に申し訳ございません。祝日の影響により、ご注文{ $order_id }のお届けが予定より遅れる見込みです。
        [customs] 誠に申し訳ございません。ご注文{ $order_id }は通関手続き中のため、お届けが予定より遅れる見込みです。
        [weather] 誠に申し訳ございません。悪天候の影響により、ご注文{ $order_id }のお届けが予定より遅れる見込みです。
       *[other] 誠に申し訳ございません。配送業者の都合により、ご注文{ $order_id }のお届けが予定より遅れる見込みです。
    }新しいお届け予定日は{ $delivery_date }です。ご迷惑をおかけしますが、何卒ご了承ください。
    .subject = ご注文{ $order_id }のお届けについて

extra-freight =
    ご希望のとおり、{ $carrier }での発送が可能です。通常配送より{ $amount }の追加料金がかかります。ご了承いただける場合は差額をお支払いください。確認後、すぐに発送いたします。

customs-id-request =
    ご注文{ $order_id }の通関手続きのため、配送業者より{ $market ->
        [KR] 個人通関固有符号（PCCC）
        [BR] CPF番号
        [CN] 受取人のお名前と一致する身分証番号
       *[other] 身分証番号または納税者番号
    }の提出を求められております。お手数ですが、ご返信にてお知らせください。本件の配送以外には使用いたしません。

duties-and-taxes =
    { $duties ->
        [included] ご注文の輸入関税・税金は商品価格に含まれております。お受け取りの際に追加のお支払いはございません。
       *[other] ご注文には輸入関税・税金（目安：{ $amount }）がかかる場合があり、お届け前に配送業者より請求されます。最終的な金額は税関が決定いたします。
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] 誠に勝手ながら、旧正月（春節）のため{ $start_date }から{ $end_date }まで休業いたします。
       *[other] 誠に勝手ながら、祝日のため{ $start_date }から{ $end_date }まで休業いたします。
    }{ $cutoff_date }までのご注文は休業前に発送し、それ以降のご注文は休業明けに順次発送いたします。何卒ご了承ください。
    .subject = 休業のお知らせ（{ $start_date }～{ $end_date }）

failed-delivery-attempt =
    { $carrier }がご注文{ $order_id }をお届けに伺いましたが、ご不在でした。お荷物は{ $pickup_point }にて{ $days }日間お預かりしております。窓口でお受け取りいただくか、追跡番号{ $tracking_number }で再配達をご依頼ください。

returned-to-sender =
    ご注文{ $order_id }は配達ができず、当店へ返送されております。到着後、再発送（送料{ $amount }）または返金のいずれかにて対応いたします。ご希望をお知らせいただくとともに、ご住所をご確認いただけますでしょうか。

convenience-store-pickup =
    ご注文{ $order_id }が{ $store }に到着し、お受け取りいただけます。{ $days }日以内に、受取番号{ $pickup_code }をご提示のうえお受け取りください。期間を過ぎたお荷物は発送元へ返送されます。

tracking-not-updating =
    追跡番号{ $tracking_number }の配送状況が数日間更新されておりません。国際輸送中や通関待ちの間はよくあることですが、念のため{ $carrier }に確認を依頼いたしました。{ $hours }時間以内に改めてご連絡いたします。
