### Layanan pelanggan: salam pembuka, balasan sementara, tindak lanjut, dan penutup (seed 001, 004).
### Variabel sama dengan en-US. Bahasa formal dengan "Anda"; sapaan resmi Bapak/Ibu menurut $buyer_gender.

-support-team = Layanan Pelanggan
-fallback-buyer_name = Pelanggan
-fallback-buyer_given_name = Pelanggan
-fallback-buyer_family_name = Pelanggan
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = toko kami

greeting =
    { $salutation ->
        [casual] Halo Kak { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Yth. Ibu { $buyer_name },
            [male] Yth. Bapak { $buyer_name },
           *[other] Yth. Bapak/Ibu { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Senang sekali bisa melayani Anda lagi! Ada yang bisa kami bantu?
       *[first-time] Terima kasih atas pertanyaan dan minat Anda pada produk kami.
    }
    .subject =
        { $buyer_status ->
            [returning] Selamat datang kembali di { $shop_name }
           *[first-time] Terima kasih telah menghubungi { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Mohon maaf atas keterlambatan balasan kami: kantor kami tutup karena hari libur nasional.
        [weekend] Mohon maaf atas keterlambatan balasan kami: tim kami libur pada akhir pekan.
       *[other] Mohon maaf atas keterlambatan balasan kami, dan terima kasih atas kesabaran Anda.
    }

will-check-and-reply =
    Terima kasih atas pertanyaan Anda. Saya akan mengeceknya dengan tim kami dan membalas dalam { $hours } jam.

order-confirmation =
    Terima kasih atas pesanan { $order_id }! Kami akan mengirimkannya dalam { $days } hari kerja dan segera memberikan nomor resi begitu paket dikirim.
    .subject = Pesanan { $order_id } telah kami terima

closing-thanks =
    Sekali lagi terima kasih atas kepercayaan Anda. Semoga hari Anda menyenangkan!

    Salam hormat,
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    Terima kasih atas pesan Anda. Tim kami sedang tidak bertugas dan akan kembali pada { $return_date }. Kami akan membalas pesan sesuai urutan masuk. Jika pertanyaan Anda tentang pesanan, mohon sertakan nomor pesanan.
    .subject = Balasan otomatis: kami kembali pada { $return_date }

follow-up-no-reply =
    Saya ingin menindaklanjuti pesan sebelumnya tentang { $topic }. Jika berkenan, mohon kabari kami bagaimana Anda ingin melanjutkannya. Jika Anda sudah tidak memerlukan bantuan, Anda tidak perlu membalas.
