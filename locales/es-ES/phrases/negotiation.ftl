### Negociación: responder con claridad a las solicitudes de descuento, sin falsas promesas (seed 004).

no-discount-gift-offer =
    Lo sentimos, no podemos bajar más el precio de { $item_name }: ya está ajustado al máximo de lo que podemos ofrecer.
    Pero si hace su pedido hoy, le enviaremos { $gift } como un pequeño regalo de agradecimiento.
    .subject = Sobre el precio de { $item_name }

volume-discount =
    En pedidos de { $quantity ->
        [one] una unidad
       *[other] { $quantity } unidades
    } o más, podemos ofrecerle un { $percent } % de descuento sobre el precio publicado.

counter-offer =
    Gracias por su oferta de { $offer } por { $item_name }. No podemos aceptar ese precio, pero podemos dejárselo en { $price }. ¿Le parece bien?

bundle-discount =
    Si compra { $item_name } junto con cualquier otro artículo de nuestra tienda, le damos un { $percent } % de descuento sobre todo el pedido.

prepaid-discount =
    Si paga en línea por adelantado en lugar de pagar contra reembolso, le descontamos { $amount } de este pedido y lo enviamos en cuanto recibamos el pago.

sample-offer =
    Podemos enviarle una muestra de { $item_name } por { $amount }, con envío incluido. Si después encarga { $quantity ->
        [one] una unidad
       *[other] { $quantity } unidades
    } o más, le descontamos ese monto de su pedido.

minimum-order-quantity =
    El precio al por mayor de { $item_name } aplica a partir de { $quantity ->
        [one] una unidad
       *[other] { $quantity } unidades
    }. Para cantidades menores aplica el precio de nuestra tienda.
