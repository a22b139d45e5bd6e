### Yanıt çerçevesi: yanıt asistanının mesajın başına ve sonuna koyduğu açılış ve kapanış satırları: müşterinin hitap tarzına uyma, teşekkür ya da tekrar hoş geldiniz, geç yanıt için özür, kapanış (seed 001, 004).
### Değişkenler:
###   $salutation         müşteri "Dear ..." ile başladıysa "formal", "Hi ..." ile başladıysa "casual"
###   $agent_name         yanıtı imzalayan kişi
###   $shop_name          mağazanın adı
###   $buyer_name         (optional) müşterinin imzasındaki tam adı
###   $buyer_family_name  (optional) müşterinin soyadı (Türkçe hitapta kullanılmaz)
###   $buyer_given_name   (optional) müşterinin adı (Hanım/Bey ile)
###   $buyer_gender       (optional) "female", "male" ya da başka bir değer (cinsiyetsiz hitap)
###   $agent_gender       (optional) imzalayan kişinin cinsiyeti
###   $reason             (optional) yanıtın neden geciktiği: "holiday", "weekend" ya da başka bir değer
### customer-service ile aynı: "Siz" ile resmî hitap, varsayılan resmî; değişkenlere ek getirilmez.

salutation =
    { $salutation ->
        [casual] Merhaba { $buyer_name },
       *[formal]
            { $buyer_gender ->
                [female] Sayın { $buyer_given_name } Hanım,
                [male] Sayın { $buyer_given_name } Bey,
               *[other] Sayın { $buyer_name },
            }
    }

first-time-thanks = Sorunuz ve ürünümüze gösterdiğiniz ilgi için teşekkür ederiz.

returning-welcome = Tekrar hoş geldiniz! Size nasıl yardımcı olabilirim?

late-reply-apology =
    { $reason ->
        [holiday] Geç yanıt verdiğimiz için özür dileriz; resmî tatil nedeniyle ofisimiz kapalıydı.
        [weekend] Geç yanıt verdiğimiz için özür dileriz; ekibimiz hafta sonu hizmet vermiyordu.
       *[other] Geç yanıt verdiğimiz için özür diler, sabrınız için teşekkür ederiz.
    }

closing =
    { $salutation ->
        [casual] İyi günler,
       *[formal] Saygılarımızla,
    }
    { $agent_name }
    { $shop_name }
