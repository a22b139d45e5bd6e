### Bingkai balasan: baris pembuka dan penutup yang dipasang asisten balasan di sekitar pesan: sapaan sesuai gaya pembeli, ucapan terima kasih atau selamat datang kembali, permintaan maaf atas balasan yang terlambat, dan penutup (seed 001, 004).
### Variabel:
###   $salutation         "formal" jika pembeli menulis "Dear ...", "casual" jika menulis "Hi ..."
###   $agent_name         yang menandatangani balasan
###   $shop_name          nama toko
###   $buyer_name         (optional) nama lengkap pembeli sesuai tanda tangannya
###   $buyer_family_name  (optional) nama keluarga pembeli (banyak orang Indonesia tidak memilikinya)
###   $buyer_given_name   (optional) nama depan pembeli
###   $buyer_gender       (optional) "female", "male", atau nilai lain: Ibu / Bapak / Bapak/Ibu
###   $agent_gender       (optional) jenis kelamin penanda tangan
###   $reason             (optional) alasan balasan terlambat: "holiday", "weekend", atau lainnya
### Sama dengan customer-service: bahasa formal dengan "Anda", sapaan resmi "Yth." sebagai bawaan.

salutation =
    { $salutation ->
        [casual] Halo Kak { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Yth. Ibu { $buyer_name },
                [male] Yth. Bapak { $buyer_name },
               *[other] Yth. Bapak/Ibu { $buyer_name },
            }
    }

first-time-thanks = Terima kasih atas pertanyaan dan minat Anda pada produk kami.

returning-welcome = Senang sekali bisa melayani Anda lagi! Ada yang bisa kami bantu?

late-reply-apology =
    { $reason ->
        [holiday] Mohon maaf atas keterlambatan balasan kami karena kantor kami tutup pada hari libur nasional.
        [weekend] Mohon maaf atas keterlambatan balasan kami karena tim kami libur pada akhir pekan.
       *[other] Mohon maaf atas keterlambatan balasan kami dan terima kasih atas kesabaran Anda.
    }

closing =
    { $salutation ->
        [casual] Salam hangat,
       *[formal] Salam hormat,
    }
    { $agent_name }
    { $shop_name }
