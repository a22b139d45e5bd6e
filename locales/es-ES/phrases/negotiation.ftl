### Negociación: responder con claridad a las peticiones de precio, sin falsas promesas (semilla 004).
### Variables:
###   $item_name  el producto del que se habla
###   $gift       el regalo que se ofrece, como sintagma nominal ("una funda para el móvil")
###   $quantity   un número de unidades
###   $percent    un porcentaje de descuento, como número

# El precio es definitivo, pero un pedido hecho ahora recibe un pequeño obsequio.
no-discount-gift-offer =
    Lo sentimos, pero no podemos rebajar más el precio de { $item_name }: ya es nuestro mejor precio.
    No obstante, si realiza su pedido hoy, le enviaremos { $gift } como pequeño obsequio en agradecimiento.
    .subject = Sobre el precio de { $item_name }

volume-discount =
    Para pedidos a partir de { $quantity ->
        [one] una unidad
       *[other] { $quantity } unidades
    }, podemos ofrecerle un { $percent } % de descuento sobre el precio publicado.
