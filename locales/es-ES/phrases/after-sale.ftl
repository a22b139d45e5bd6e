### Posventa: paquetes no recibidos, reembolsos y reclamaciones.
### Variables:
###   $buyer_name       el nombre del comprador
###   $order_id         el número de pedido
###   $tracking_number  el número de seguimiento del paquete
###   $days             un número de días
###   $amount           un importe, ya formateado con su moneda
###   $case_id          el número de referencia de la reclamación

package-not-received =
    Lamentamos que su paquete aún no haya llegado. Le agradeceríamos que nos ayudara siguiendo estos pasos:
    1. Compruebe el estado más reciente con el número de seguimiento { $tracking_number }.
    2. Pregunte a sus vecinos, a la conserjería de su edificio o a la oficina de correos de su zona si lo han recibido.
    3. Confirme que la dirección de entrega del pedido { $order_id } es correcta.
    Si { $days ->
        [one] transcurrido un día
       *[other] transcurridos { $days } días
    } el paquete sigue sin aparecer, indíquenoslo y lo solucionaremos.
    .subject = Su paquete del pedido { $order_id }

refund-or-reship =
    Sentimos mucho las molestias ocasionadas con su pedido { $order_id }. Podemos ofrecerle el reembolso íntegro de { $amount } o enviarle un nuevo paquete sin coste alguno. Indíquenos, por favor, qué opción prefiere.

complaint-acknowledgement =
    Buenos días, { $buyer_name }:
    Gracias por comunicárnoslo y le rogamos que acepte nuestras más sinceras disculpas. Hemos registrado su reclamación con la referencia { $case_id } y le responderemos con una solución en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Hemos recibido su reclamación ({ $case_id })
