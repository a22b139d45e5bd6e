### Sebelum pembelian: stok, pre-order, ukuran, negara tujuan pengiriman, dan metode pembayaran.

out-of-stock =
    Terima kasih atas minat Anda pada { $item_name }. Saat ini stoknya sedang habis; kami perkirakan stok baru tersedia sekitar { $restock_date }. Apakah Anda ingin kami kabari begitu barang tersedia kembali?

pre-order =
    { $item_name } tersedia untuk pre-order. Kami berencana mengirim pesanan pre-order mulai { $ship_date } dan akan segera memberi tahu Anda jika tanggalnya berubah. Anda dapat membatalkan pre-order kapan saja sebelum barang dikirim.

size-and-fit =
    Tabel ukuran { $item_name } ada di sini: { $link }. Jika Anda memberi tahu ukuran yang biasa Anda pakai serta tinggi badan, lingkar dada, dan lingkar pinggang, dengan senang hati kami rekomendasikan ukuran yang sesuai.

no-shipping-to-country =
    Terima kasih atas minat Anda. Mohon maaf, saat ini kami belum dapat mengirim ke { $country }. Kami berharap dapat melayani pengiriman ke sana di masa mendatang.

payment-methods =
    Anda dapat membayar dengan { $payment_methods }.
