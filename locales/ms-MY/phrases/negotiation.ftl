### Rundingan: menjawab permintaan diskaun dengan jelas, tanpa janji palsu (seed 004).

no-discount-gift-offer =
    Harap maaf, kami tidak dapat menurunkan lagi harga { $item_name }: harganya sudah serendah yang mampu kami tawarkan.
    Namun jika tuan/puan membuat pesanan hari ini, kami akan menghantar { $gift } sebagai hadiah kecil tanda terima kasih.
    .subject = Tentang harga { $item_name }

volume-discount =
    Untuk pesanan { $quantity } unit atau lebih, kami boleh menawarkan diskaun { $percent }% daripada harga yang tertera.

counter-offer =
    Terima kasih atas tawaran { $offer } untuk { $item_name }. Kami tidak dapat menerima harga tersebut, tetapi kami boleh menawarkannya pada harga { $price }. Adakah harga ini sesuai?

bundle-discount =
    Jika tuan/puan membeli { $item_name } bersama mana-mana produk lain dari kedai kami, tuan/puan akan mendapat diskaun { $percent }% untuk keseluruhan pesanan.

prepaid-discount =
    Jika tuan/puan membayar dalam talian terlebih dahulu dan bukan secara COD, kami berikan potongan { $amount } untuk pesanan ini dan menghantarnya sebaik sahaja bayaran diterima.

sample-offer =
    Kami boleh menghantar sampel { $item_name } dengan harga { $amount }, termasuk penghantaran. Jika kemudian tuan/puan memesan { $quantity } unit atau lebih, jumlah ini akan ditolak daripada pesanan.

minimum-order-quantity =
    Harga borong { $item_name } terpakai untuk pesanan sekurang-kurangnya { $quantity } unit. Untuk kuantiti yang lebih kecil, harga kedai terpakai.
