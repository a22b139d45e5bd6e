### Relación con el cliente: agradecimiento tras la entrega, solicitud de reseña, cupones y felicitaciones.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Su pedido ya ha sido entregado. ¡Gracias por volver a comprar en { $shop_name }!
       *[first-time] Su pedido ya ha sido entregado. ¡Gracias por su primera compra en { $shop_name }!
    } Si algo no es como esperaba, basta con que responda a este mensaje y con gusto le ayudamos.
    .subject = Gracias por su compra en { $shop_name }

review-request =
    Esperamos que su compra haya sido de su agrado. Si tiene un momento, le agradeceríamos mucho una reseña: ayuda a otros compradores y nos ayuda a mejorar. Es totalmente voluntario y, si no desea recibir este tipo de mensajes, no tiene más que decírnoslo.
    .subject = ¿Qué tal su pedido de { $shop_name }?

returning-buyer-coupon =
    Gracias por confiar en { $shop_name }. Como agradecimiento, aquí tiene un código con { $percent } % de descuento en su próxima compra: { $coupon_code }. Es válido hasta el { $expiry_date }.
    .subject = Un agradecimiento de { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] ¡Ramadán Kareem! Le deseamos a usted y a su familia un mes lleno de bendiciones.
        [eid] ¡Eid Mubarak! Le deseamos alegría y paz a usted y a sus seres queridos.
        [diwali] ¡Feliz Diwali! Que la fiesta de las luces le traiga alegría y prosperidad a usted y a su familia.
        [lunar-new-year] ¡Feliz Año Nuevo Lunar! Le deseamos salud, felicidad y éxito en el nuevo año.
        [christmas] ¡Feliz Navidad! Le deseamos a usted y a su familia unas felices fiestas.
       *[other] ¡Feliz Año Nuevo! Le deseamos salud y felicidad en el año que comienza.
    }
    Con afecto, el equipo de { $shop_name }
