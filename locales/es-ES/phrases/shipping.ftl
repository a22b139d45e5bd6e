### Envíos: avisos de envío, retrasos y solicitudes de transportista.
### Variables:
###   $order_id         el número de pedido
###   $carrier          el nombre de la empresa de transporte
###   $tracking_number  el número de seguimiento del paquete
###   $days             un número de días
###   $reason           por qué se retrasa un paquete: "holiday", "customs", "weather" o cualquier otro valor
###   $delivery_date    la nueva fecha estimada de entrega, ya formateada para el comprador
###   $amount           un importe, ya formateado con su moneda

order-shipped =
    Buenas noticias: su pedido { $order_id } ya se ha enviado con { $carrier }. Su número de seguimiento es { $tracking_number }. La información de seguimiento suele estar disponible en línea en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Su pedido { $order_id } ya se ha enviado

shipping-delay =
    { $reason ->
        [holiday] Lo sentimos: debido a los días festivos, su pedido { $order_id } llegará más tarde de lo previsto.
        [customs] Lo sentimos: su pedido { $order_id } está pendiente del despacho de aduanas y llegará más tarde de lo previsto.
        [weather] Lo sentimos: el mal tiempo ha retrasado su pedido { $order_id }, que llegará más tarde de lo previsto.
       *[other] Lo sentimos: su pedido { $order_id } ha sufrido un retraso por parte de la empresa de transporte y llegará más tarde de lo previsto.
    } La nueva fecha estimada de entrega es el { $delivery_date }. Gracias por su paciencia.
    .subject = Novedades sobre la entrega de su pedido { $order_id }

# El comprador ha pedido un transportista más rápido o concreto que cuesta más.
extra-freight =
    Podemos enviar su pedido con { $carrier }, tal como nos ha pedido. Esta opción tiene un coste adicional de { $amount } respecto al envío estándar. Si está de acuerdo, abone la diferencia, por favor, y le enviaremos el pedido de inmediato.
