### Sebelum pembelian: stok, prapesanan, saiz, negara penghantaran dan kaedah pembayaran.

out-of-stock =
    Terima kasih atas minat tuan/puan terhadap { $item_name }. Stok kini habis; kami jangka stok baharu tiba sekitar { $restock_date }. Adakah tuan/puan mahu kami maklumkan sebaik sahaja barang ada semula?

pre-order =
    { $item_name } kini dibuka untuk prapesanan. Kami merancang untuk menghantar prapesanan mulai { $ship_date } dan akan segera memaklumkan jika tarikh berubah. Prapesanan boleh dibatalkan pada bila-bila masa sebelum dihantar.

size-and-fit =
    Carta saiz { $item_name } ada di sini: { $link }. Jika tuan/puan memberitahu saiz yang biasa dipakai serta ukuran badan (tinggi, lilitan dada dan pinggang), kami sedia mencadangkan saiz yang sesuai.

no-shipping-to-country =
    Terima kasih atas minat tuan/puan. Harap maaf, buat masa ini kami belum dapat menghantar ke { $country }. Kami berharap dapat menawarkan penghantaran ke sana pada masa hadapan.

payment-methods =
    Tuan/puan boleh membayar dengan { $payment_methods }.
