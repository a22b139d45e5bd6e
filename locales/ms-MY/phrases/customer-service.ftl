### Khidmat pelanggan: ucapan pembuka, balasan sementara, susulan dan penutup (seed 001, 004).
### Pemboleh ubah sama seperti en-US. Bahasa sopan dengan "tuan/puan" dan "anda"; sapaan rasmi Tuan/Puan mengikut $buyer_gender.

-support-team = Khidmat Pelanggan
-fallback-buyer_name = Pelanggan
-fallback-buyer_given_name = Pelanggan
-fallback-buyer_family_name = Pelanggan
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = kedai kami

greeting =
    { $salutation ->
        [casual] Hai { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Puan { $buyer_name } yang dihormati,
            [male] Tuan { $buyer_name } yang dihormati,
           *[other] { $buyer_name } yang dihormati,
        }
    }
    { $buyer_status ->
        [returning] Gembira dapat berhubung dengan tuan/puan lagi! Apa yang boleh kami bantu hari ini?
       *[first-time] Terima kasih atas pertanyaan dan minat tuan/puan terhadap produk kami.
    }
    .subject =
        { $buyer_status ->
            [returning] Selamat kembali ke { $shop_name }
           *[first-time] Terima kasih kerana menghubungi { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Maaf atas kelewatan balasan kami: pejabat kami ditutup sempena cuti umum.
        [weekend] Maaf atas kelewatan balasan kami: pasukan kami bercuti pada hujung minggu.
       *[other] Maaf atas kelewatan balasan kami, dan terima kasih atas kesabaran tuan/puan.
    }

will-check-and-reply =
    Terima kasih atas soalan tuan/puan. Saya akan menyemaknya dengan pasukan kami dan membalas dalam masa { $hours } jam.

order-confirmation =
    Terima kasih atas pesanan { $order_id }! Kami akan menghantarnya dalam masa { $days } hari bekerja dan memberikan nombor penjejakan sebaik sahaja bungkusan dihantar.
    .subject = Kami telah menerima pesanan { $order_id }

closing-thanks =
    Sekali lagi terima kasih atas sokongan tuan/puan. Semoga hari anda menyenangkan!

    Yang benar,
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    Terima kasih atas mesej tuan/puan. Pasukan kami tiada buat masa ini dan akan kembali pada { $return_date }. Kami akan membalas mesej mengikut turutan diterima. Jika pertanyaan berkaitan pesanan, sila sertakan nombor pesanan.
    .subject = Balasan automatik: kami kembali pada { $return_date }

follow-up-no-reply =
    Saya ingin membuat susulan mesej saya sebelum ini tentang { $topic }. Apabila berkelapangan, sila maklumkan kepada kami bagaimana tuan/puan mahu meneruskannya. Jika tuan/puan tidak lagi memerlukan bantuan, tidak perlu membalas.
