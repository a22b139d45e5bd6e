### Posventa: paquetes que no llegan, artículos dañados, devoluciones, reembolsos, garantía y quejas.

package-not-received =
    Lamentamos que su paquete aún no haya llegado. Por favor, ayúdenos con estos pasos:
    1. Revise el estado más reciente con el número de guía { $tracking_number }.
    2. Pregunte a sus vecinos, a la recepción o caseta de su edificio o a la oficina de correos si lo recibieron.
    3. Confirme que la dirección de entrega del pedido { $order_id } sea correcta.
    Si el paquete no aparece en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }, avísenos y lo resolveremos.
    .subject = Su paquete del pedido { $order_id }

refund-or-reship =
    Lamentamos mucho el problema con el pedido { $order_id }. Podemos hacerle un reembolso completo de { $amount } o enviarle un paquete nuevo sin costo. Díganos qué opción prefiere.

complaint-acknowledgement =
    { $buyer_gender ->
        [female] Estimada Sra. { $buyer_family_name }:
        [male] Estimado Sr. { $buyer_family_name }:
       *[other] Buen día, { $buyer_name }:
    } gracias por hacernos saber esto y le ofrecemos una sincera disculpa. Registramos su queja con el número de referencia { $case_id } y le responderemos con una solución en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Recibimos su queja ({ $case_id })

damaged-or-wrong-item =
    { $problem ->
        [damaged] Lamentamos mucho que su pedido { $order_id } haya llegado dañado.
        [wrong-item] Lamentamos mucho que haya recibido un artículo equivocado en su pedido { $order_id }.
       *[other] Lamentamos mucho que haya un problema con su pedido { $order_id }.
    } ¿Podría enviarnos algunas fotos del artículo, del empaque y de la etiqueta de envío? En cuanto las recibamos, le propondremos un reemplazo o un reembolso.

return-instructions =
    Para devolver { $item_name } del pedido { $order_id }:
    1. Empáquelo bien, de ser posible en su empaque original.
    2. Envíelo en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    } a: { $return_address }
    3. Envíenos el número de guía de la devolución.
    { $return_shipping ->
        [free] Nosotros pagamos el envío de la devolución.
       *[other] El envío de la devolución corre por su cuenta.
    } Le hacemos el reembolso en cuanto recibamos la devolución.
    .subject = Cómo devolver su pedido { $order_id }

refund-processed =
    Le reembolsamos { $amount } del pedido { $order_id } al mismo medio de pago. Según su banco, puede tardar algunos días hábiles en verse reflejado en su estado de cuenta.
    .subject = Reembolso del pedido { $order_id }

partial-refund-offer =
    Como disculpa, nos gustaría reembolsarle { $amount } de su pedido { $order_id } y que se quede con el artículo. Si prefiere devolverlo para un reembolso completo, también es posible.

warranty-claim =
    { $item_name } tiene una garantía de { $months ->
        [one] un mes
       *[other] { $months } meses
    }. Por favor, envíenos su número de pedido { $order_id }, una breve descripción de la falla y una foto o video. Lo revisaremos y le propondremos una reparación o un reemplazo.
