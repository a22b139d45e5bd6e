### Selepas jualan: bungkusan belum sampai, barang rosak, pemulangan, bayaran balik, waranti dan aduan.

package-not-received =
    Harap maaf kerana bungkusan tuan/puan belum sampai. Mohon bantu kami dengan langkah-langkah berikut:
    1. Semak status terkini dengan nombor penjejakan { $tracking_number }.
    2. Tanya jiran, kaunter pengurusan atau pengawal keselamatan bangunan, atau pejabat pos berhampiran sama ada mereka menerima bungkusan itu.
    3. Pastikan alamat penghantaran bagi pesanan { $order_id } adalah betul.
    Jika bungkusan masih tidak ditemui dalam masa { $days } hari, sila maklumkan kepada kami dan kami akan menyelesaikannya.
    .subject = Bungkusan untuk pesanan { $order_id }

refund-or-reship =
    Kami memohon maaf atas masalah dengan pesanan { $order_id }. Kami boleh membuat bayaran balik penuh sebanyak { $amount } atau menghantar bungkusan baharu secara percuma. Sila maklumkan pilihan tuan/puan.

complaint-acknowledgement =
    { $buyer_name } yang dihormati, terima kasih kerana memaklumkan perkara ini, dan kami memohon maaf dengan ikhlas. Aduan tuan/puan telah direkodkan dengan nombor rujukan { $case_id }, dan kami akan memberikan penyelesaian dalam masa { $days } hari.
    .subject = Kami telah menerima aduan tuan/puan ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Kami amat kesal kerana pesanan { $order_id } tiba dalam keadaan rosak.
        [wrong-item] Kami amat kesal kerana tuan/puan menerima barang yang salah dalam pesanan { $order_id }.
       *[other] Kami amat kesal kerana terdapat masalah dengan pesanan { $order_id }.
    } Bolehkah tuan/puan menghantar beberapa gambar barang, bungkusan dan label penghantaran? Sebaik sahaja kami menerimanya, kami akan mencadangkan penggantian atau bayaran balik.

return-instructions =
    Cara memulangkan { $item_name } daripada pesanan { $order_id }:
    1. Bungkus barang dengan kemas, sebaiknya dalam bungkusan asal.
    2. Hantar dalam masa { $days } hari ke: { $return_address }
    3. Hantarkan nombor penjejakan pemulangan kepada kami.
    { $return_shipping ->
        [free] Kos penghantaran pemulangan ditanggung oleh kami.
       *[other] Kos penghantaran pemulangan ditanggung oleh pembeli.
    } Kami akan membuat bayaran balik sebaik sahaja barang yang dipulangkan tiba.
    .subject = Cara memulangkan pesanan { $order_id }

refund-processed =
    Kami telah membuat bayaran balik { $amount } untuk pesanan { $order_id } ke kaedah pembayaran asal. Bergantung pada bank, ia mungkin mengambil beberapa hari bekerja untuk kelihatan dalam penyata.
    .subject = Bayaran balik untuk pesanan { $order_id }

partial-refund-offer =
    Sebagai tanda maaf, kami ingin membuat bayaran balik { $amount } daripada pesanan { $order_id }, dan tuan/puan boleh menyimpan barang itu. Jika tuan/puan lebih suka memulangkannya untuk bayaran balik penuh, itu juga boleh.

warranty-claim =
    { $item_name } mempunyai waranti { $months } bulan. Sila hantarkan nombor pesanan { $order_id }, penerangan ringkas tentang kerosakan dan gambar atau video. Kami akan menyemaknya dan mencadangkan pembaikan atau penggantian.
