### Klantrelatie: bedankje na bezorging, reviewverzoeken, kortingscodes en feestdagengroeten.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Uw bestelling is bezorgd. Bedankt dat u opnieuw bij { $shop_name } hebt besteld!
       *[first-time] Uw bestelling is bezorgd. Bedankt voor uw eerste bestelling bij { $shop_name }!
    } Is er iets niet zoals verwacht, reageer dan gewoon op dit bericht; we helpen u graag.
    .subject = Bedankt voor uw bestelling bij { $shop_name }

review-request =
    We hopen dat u blij bent met uw aankoop. Hebt u even tijd, dan stellen we een review zeer op prijs: die helpt andere kopers en helpt ons beter te worden. Dit is geheel vrijwillig, en wilt u zulke verzoeken niet ontvangen, laat het ons dan gewoon weten.
    .subject = Hoe bevalt uw bestelling bij { $shop_name }?

returning-buyer-coupon =
    Bedankt voor uw trouw aan { $shop_name }. Als dank krijgt u met deze code { $percent }% korting op uw volgende bestelling: { $coupon_code }. De code is geldig tot en met { $expiry_date }.
    .subject = Een bedankje van { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! We wensen u en uw familie een gezegende maand.
        [eid] Eid Mubarak! We wensen u en uw dierbaren vreugde en vrede.
        [diwali] Fijne Diwali! Moge het lichtfeest u en uw familie vreugde en voorspoed brengen.
        [lunar-new-year] Gelukkig Maannieuwjaar! We wensen u gezondheid, geluk en succes in het nieuwe jaar.
        [christmas] Fijne kerstdagen! We wensen u en uw familie fijne feestdagen.
       *[other] Gelukkig nieuwjaar! We wensen u een gezond en gelukkig nieuw jaar.
    }
    Hartelijke groet, het team van { $shop_name }
