### 售前：庫存、預購、尺寸、配送範圍與付款方式。

out-of-stock =
    感謝您對{ $item_name }的喜愛。這項商品目前暫時缺貨，預計{ $restock_date }左右補貨。需要我們在到貨時第一時間通知您嗎？

pre-order =
    { $item_name }現在開放預購。預購商品預計從{ $ship_date }起陸續出貨，若日期有變動會立即通知您。出貨前您都可以隨時取消預購。

size-and-fit =
    { $item_name }的尺寸表在這裡：{ $link }。若您告訴我們平常穿的尺寸，以及身高、胸圍和腰圍，我們很樂意為您推薦合適的尺寸。

no-shipping-to-country =
    謝謝您的詢問。很抱歉，我們目前還無法寄送到{ $country }，希望未來能為您提供配送服務。

payment-methods =
    您可以使用{ $payment_methods }付款。
