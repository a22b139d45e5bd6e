### Pesanan dan pembayaran: pembayaran gagal, bayar semasa terima (COD), alamat, perubahan, pembatalan dan invois.

payment-failed =
    Pembayaran untuk pesanan { $order_id } tidak berjaya, jadi pesanan belum disahkan. Sila cuba lagi atau pilih kaedah pembayaran lain dalam masa { $hours } jam; selepas itu barang yang kami simpan akan dilepaskan. Jika bank menunjukkan amaun tertunda, lazimnya amaun itu dilepaskan secara automatik.
    .subject = Pembayaran pesanan { $order_id } tidak berjaya

payment-received =
    Kami telah menerima bayaran { $amount } untuk pesanan { $order_id }. Terima kasih! Pesanan tuan/puan sedang kami sediakan.
    .subject = Bayaran diterima untuk pesanan { $order_id }

cod-confirmation =
    Sila sahkan pesanan COD (bayar semasa terima) { $order_id }: jumlah yang perlu dibayar kepada kurier semasa penghantaran ialah { $amount }. Balas YA untuk mengesahkan atau TIDAK untuk membatalkan. Kami akan menghantar pesanan sebaik sahaja disahkan.

address-confirmation =
    Sebelum menghantar pesanan { $order_id }, sila semak alamat penghantaran: { $address }. Adakah alamat ini lengkap dan betul, termasuk nombor rumah atau unit dan poskod? Sila balas untuk mengesahkan atau hantarkan pembetulan.

order-change-request =
    { $order_state ->
        [not-shipped] Pesanan { $order_id } belum dihantar, jadi masih boleh diubah. Sila beritahu kami dengan tepat apa yang ingin diubah.
       *[shipped] Pesanan { $order_id } telah dihantar dan tidak boleh diubah lagi. Selepas barang diterima, kami sedia membantu dengan penukaran atau pemulangan.
    }

order-cancellation =
    Seperti yang diminta, kami telah membatalkan pesanan { $order_id }. Bayaran balik { $amount } akan dibuat ke kaedah pembayaran asal dan, bergantung pada bank, akan kelihatan dalam masa { $days } hari.
    .subject = Pesanan { $order_id } telah dibatalkan

invoice-request =
    Kami akan menghantar invois untuk pesanan { $order_id } dalam masa { $days } hari bekerja. Jika invois perlu atas nama syarikat, sila berikan nama syarikat, alamat dan nombor pendaftaran cukai (SST atau TIN).
    .subject = Invois untuk pesanan { $order_id }
