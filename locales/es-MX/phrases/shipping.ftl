### Envíos y aduana: avisos de envío, retrasos, datos para aduana, impuestos, cierres, entregas fallidas y recolección.

order-shipped =
    Buenas noticias: su pedido { $order_id } ya se envió con { $carrier }. Su número de guía es { $tracking_number }. La información de rastreo suele aparecer en línea en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Su pedido { $order_id } ya fue enviado

shipping-delay =
    { $reason ->
        [holiday] Lo sentimos: por los días feriados, su pedido { $order_id } llegará más tarde de lo previsto.
        [customs] Lo sentimos: su pedido { $order_id } está en espera del despacho aduanal y llegará más tarde de lo previsto.
        [weather] Lo sentimos: el mal clima retrasó su pedido { $order_id }, que llegará más tarde de lo previsto.
       *[other] Lo sentimos: la paquetería retrasó su pedido { $order_id }, que llegará más tarde de lo previsto.
    } La nueva fecha estimada de entrega es el { $delivery_date }. Gracias por su paciencia.
    .subject = Actualización de la entrega de su pedido { $order_id }

extra-freight =
    Podemos enviar su pedido con { $carrier }, como nos lo pidió. Cuesta { $amount } más que el envío estándar. Si está de acuerdo, por favor pague la diferencia y enviaremos su pedido de inmediato.

customs-id-request =
    Para el despacho aduanal del pedido { $order_id }, la paquetería necesita { $market ->
        [KR] su código personal de despacho aduanero (PCCC)
        [BR] su número de CPF
        [CN] su número de identificación nacional, que coincida con el nombre del destinatario
       *[other] su número de identificación oficial o su RFC
    }. Por favor, envíenoslo en su respuesta; lo usaremos solo para este envío.

duties-and-taxes =
    { $duties ->
        [included] Los aranceles e impuestos de importación de su pedido ya están incluidos en el precio: no tendrá que pagar nada más al recibirlo.
       *[other] Su pedido puede generar aranceles e impuestos de importación de aproximadamente { $amount }, que la paquetería le cobrará antes de la entrega. La aduana determina el monto final.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Nuestro equipo estará de descanso por el Año Nuevo Lunar del { $start_date } al { $end_date }.
       *[other] Nuestro equipo estará de descanso por un día feriado del { $start_date } al { $end_date }.
    } Los pedidos realizados hasta el { $cutoff_date } se envían antes del descanso; los posteriores, cuando regresemos. Gracias por su comprensión.
    .subject = Cierre por vacaciones del { $start_date } al { $end_date }

failed-delivery-attempt =
    { $carrier } intentó entregar su pedido { $order_id }, pero no encontró a nadie. El paquete lo espera en { $pickup_point } durante { $days ->
        [one] un día
       *[other] { $days } días
    }. Puede recogerlo ahí o programar una nueva entrega con el número de guía { $tracking_number }.

returned-to-sender =
    La paquetería no pudo entregar su pedido { $order_id } y nos lo está devolviendo. Cuando llegue, podemos enviárselo de nuevo (el envío cuesta { $amount }) o hacerle un reembolso. Díganos qué prefiere y, por favor, revise su dirección.

convenience-store-pickup =
    Su pedido { $order_id } ya está en { $store } listo para recoger. Por favor, recójalo en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    } con su código de recolección { $pickup_code }; los paquetes que no se recogen se devuelven al remitente.

tracking-not-updating =
    El rastreo de { $tracking_number } no se ha actualizado en algunos días. Esto es frecuente mientras un paquete viaja entre países o espera en aduana. Ya le pedimos a { $carrier } que lo revise y le daremos una actualización en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.
