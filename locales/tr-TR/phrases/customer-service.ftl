### Müşteri hizmetleri: selamlama, bekleme yanıtları, hatırlatmalar ve kapanışlar (seed 001, 004).
### Değişkenler en-US ile aynı. "Siz" ile resmî hitap; değişkenlere ek getirilmez ("numaralı", "ile", "için" kullanılır).

-support-team = Müşteri Hizmetleri
-fallback-buyer_name = Müşterimiz
-fallback-buyer_given_name = { "" }
-fallback-buyer_family_name = { "" }
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = mağazamız

greeting =
    { $salutation ->
        [casual] Merhaba { $buyer_name },
       *[formal] { $buyer_gender ->
            [female] Sayın { $buyer_given_name } Hanım,
            [male] Sayın { $buyer_given_name } Bey,
           *[other] Sayın { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Sizden yeniden haber almak çok güzel! Size nasıl yardımcı olabilirim?
       *[first-time] Sorunuz ve ürünlerimize gösterdiğiniz ilgi için teşekkür ederiz.
    }
    .subject =
        { $buyer_status ->
            [returning] Tekrar hoş geldiniz: { $shop_name }
           *[first-time] { $shop_name } ile iletişime geçtiğiniz için teşekkür ederiz
        }

late-reply-apology =
    { $reason ->
        [holiday] Geç yanıt verdiğimiz için özür dileriz: resmî tatil nedeniyle ofisimiz kapalıydı.
        [weekend] Geç yanıt verdiğimiz için özür dileriz: ekibimiz hafta sonu çalışmıyordu.
       *[other] Geç yanıt verdiğimiz için özür dileriz, sabrınız için teşekkür ederiz.
    }

will-check-and-reply =
    Sorunuz için teşekkür ederiz. Konuyu ekibimizle kontrol edip { $hours } saat içinde size dönüş yapacağım.

order-confirmation =
    { $order_id } numaralı siparişiniz için teşekkür ederiz! Siparişinizi { $days } iş günü içinde kargoya vereceğiz ve yola çıktığında takip numarasını size ileteceğiz.
    .subject = { $order_id } numaralı siparişinizi aldık

closing-thanks =
    Desteğiniz için tekrar teşekkür ederiz. İyi günler dileriz!

    Saygılarımızla,
    { $agent_name }
    { $shop_name } { -support-team }

away-auto-reply =
    Mesajınız için teşekkür ederiz. Ekibimiz şu anda ulaşılamıyor; { $return_date } tarihinde yeniden hizmetinizde olacağız. Mesajları geliş sırasına göre yanıtlayacağız. Mevcut bir siparişle ilgili yazıyorsanız lütfen sipariş numaranızı ekleyin.
    .subject = Otomatik yanıt: { $return_date } tarihinde geri dönüyoruz

follow-up-no-reply =
    Daha önce { $topic } konusunda gönderdiğim mesajı hatırlatmak istedim. Size uygun olduğunda nasıl ilerlemek istediğinizi bize bildirebilirsiniz. Artık yardıma ihtiyacınız yoksa yanıt vermenize gerek yok.
