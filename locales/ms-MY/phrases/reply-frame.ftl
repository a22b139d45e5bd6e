### Bingkai balasan: baris pembuka dan penutup yang diletakkan oleh pembantu balasan di sekeliling mesej: sapaan mengikut gaya pembeli, ucapan terima kasih atau selamat datang kembali, permohonan maaf atas balasan lewat, dan penutup (seed 001, 004).
### Pemboleh ubah:
###   $salutation         "formal" jika pembeli menulis "Dear ...", "casual" jika menulis "Hi ..."
###   $agent_name         orang yang menandatangani balasan
###   $shop_name          nama kedai
###   $buyer_name         (optional) nama penuh pembeli seperti yang ditandatanganinya
###   $buyer_family_name  (optional) nama keluarga pembeli (kebanyakan nama Melayu tiada nama keluarga)
###   $buyer_given_name   (optional) nama pembeli
###   $buyer_gender       (optional) "female", "male" atau nilai lain: Puan / Tuan / sapaan neutral
###   $agent_gender       (optional) jantina orang yang menandatangani
###   $reason             (optional) sebab balasan lewat: "holiday", "weekend" atau lain-lain
### Sama seperti customer-service: bahasa sopan, sapaan rasmi "Tuan/Puan ... yang dihormati" sebagai lalai.

salutation =
    { $salutation ->
        [casual] Hai { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Puan { $buyer_name } yang dihormati,
                [male] Tuan { $buyer_name } yang dihormati,
               *[other] { $buyer_name } yang dihormati,
            }
    }

first-time-thanks =
    Terima kasih atas pertanyaan dan minat { $buyer_gender ->
        [female] puan
        [male] tuan
       *[other] tuan/puan
    } terhadap produk kami.

returning-welcome = Selamat datang kembali! Apa yang boleh kami bantu hari ini?

late-reply-apology =
    { $reason ->
        [holiday] Mohon maaf atas kelewatan balasan kami kerana pejabat kami ditutup sempena cuti umum.
        [weekend] Mohon maaf atas kelewatan balasan kami kerana pasukan kami bercuti pada hujung minggu.
       *[other] Mohon maaf atas kelewatan balasan kami, dan terima kasih kerana sudi menunggu.
    }

closing =
    { $salutation ->
        [casual] Salam mesra,
       *[formal] Yang benar,
    }
    { $agent_name }
    { $shop_name }
