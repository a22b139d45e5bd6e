### Purnajual: paket belum sampai, barang rusak, pengembalian, pengembalian dana, garansi, dan keluhan.

package-not-received =
    Mohon maaf paket Anda belum juga sampai. Mohon bantu kami dengan langkah berikut:
    1. Cek status terbaru dengan nomor resi { $tracking_number }.
    2. Tanyakan kepada tetangga, resepsionis atau satpam gedung, atau kantor pos terdekat apakah mereka menerima paket Anda.
    3. Pastikan alamat pengiriman pada pesanan { $order_id } sudah benar.
    Jika dalam { $days } hari paket masih belum ditemukan, mohon kabari kami dan kami akan menyelesaikannya.
    .subject = Paket untuk pesanan { $order_id }

refund-or-reship =
    Kami mohon maaf atas masalah pada pesanan { $order_id }. Kami dapat mengembalikan dana penuh sebesar { $amount } atau mengirim paket baru tanpa biaya. Mohon beri tahu pilihan Anda.

complaint-acknowledgement =
    Yth. { $buyer_name }, terima kasih telah memberi tahu kami, dan kami mohon maaf yang sebesar-besarnya. Keluhan Anda telah kami catat dengan nomor referensi { $case_id }, dan kami akan memberikan solusi dalam { $days } hari.
    .subject = Keluhan Anda telah kami terima ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Kami mohon maaf karena pesanan { $order_id } tiba dalam keadaan rusak.
        [wrong-item] Kami mohon maaf karena Anda menerima barang yang salah pada pesanan { $order_id }.
       *[other] Kami mohon maaf karena ada masalah pada pesanan { $order_id }.
    } Bolehkah Anda mengirimkan beberapa foto barang, kemasan, dan label pengiriman? Begitu kami terima, kami akan menawarkan penggantian atau pengembalian dana.

return-instructions =
    Cara mengembalikan { $item_name } dari pesanan { $order_id }:
    1. Kemas barang dengan aman, sebaiknya dalam kemasan aslinya.
    2. Kirim dalam { $days } hari ke: { $return_address }
    3. Kirimkan nomor resi pengembalian kepada kami.
    { $return_shipping ->
        [free] Ongkos kirim pengembalian kami tanggung.
       *[other] Ongkos kirim pengembalian ditanggung pembeli.
    } Dana akan kami kembalikan segera setelah barang kami terima.
    .subject = Cara mengembalikan pesanan { $order_id }

refund-processed =
    Kami telah mengembalikan dana { $amount } untuk pesanan { $order_id } ke metode pembayaran semula. Tergantung bank, dana mungkin baru terlihat di rekening dalam beberapa hari kerja.
    .subject = Pengembalian dana pesanan { $order_id }

partial-refund-offer =
    Sebagai permohonan maaf, kami ingin mengembalikan { $amount } dari pesanan { $order_id }, dan barangnya tetap untuk Anda. Jika Anda lebih suka mengembalikan barang untuk pengembalian dana penuh, itu juga bisa.

warranty-claim =
    { $item_name } bergaransi { $months } bulan. Mohon kirimkan nomor pesanan { $order_id }, penjelasan singkat tentang kerusakannya, serta foto atau video. Kami akan memeriksanya dan menawarkan perbaikan atau penggantian.
