### Negosiasi: menjawab permintaan diskon dengan jelas, tanpa janji palsu (seed 004).

no-discount-gift-offer =
    Mohon maaf, harga { $item_name } tidak bisa kami turunkan lagi: harganya sudah kami tekan serendah yang kami mampu.
    Namun jika Anda memesan hari ini, kami akan mengirimkan { $gift } sebagai hadiah kecil tanda terima kasih.
    .subject = Tentang harga { $item_name }

volume-discount =
    Untuk pembelian { $quantity } buah atau lebih, kami dapat memberikan potongan { $percent }% dari harga yang tertera.

counter-offer =
    Terima kasih atas tawaran { $offer } untuk { $item_name }. Kami belum bisa menerima harga tersebut, tetapi kami dapat memberikannya dengan harga { $price }. Apakah Anda berkenan?

bundle-discount =
    Jika Anda membeli { $item_name } bersama produk lain dari toko kami, Anda mendapat potongan { $percent }% untuk seluruh pesanan.

prepaid-discount =
    Jika Anda membayar online di muka alih-alih COD, kami beri potongan { $amount } untuk pesanan ini dan langsung kami kirim setelah pembayaran masuk.

sample-offer =
    Kami dapat mengirim sampel { $item_name } seharga { $amount }, sudah termasuk ongkos kirim. Jika kemudian Anda memesan { $quantity } buah atau lebih, biaya ini kami potong dari pesanan Anda.

minimum-order-quantity =
    Harga grosir { $item_name } berlaku untuk pembelian minimal { $quantity } buah. Untuk jumlah yang lebih sedikit, berlaku harga toko.
