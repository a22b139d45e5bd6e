### Pedidos y pagos: problemas de pago, pago contra entrega, direcciones, cambios, cancelaciones y facturas.

payment-failed =
    El pago de su pedido { $order_id } no se pudo procesar, por lo que el pedido aún no está confirmado. Por favor, intente de nuevo o elija otra forma de pago en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }; después liberaremos los artículos apartados. Si su banco muestra un cargo pendiente, normalmente se libera de forma automática.
    .subject = No se pudo procesar el pago del pedido { $order_id }

payment-received =
    Recibimos su pago de { $amount } por el pedido { $order_id }. ¡Muchas gracias! Ya estamos preparando su pedido.
    .subject = Pago recibido del pedido { $order_id }

cod-confirmation =
    Por favor, confirme su pedido { $order_id } con pago contra entrega: el monto a pagar al repartidor es de { $amount }. Responda SÍ para confirmar o NO para cancelar. Enviaremos el pedido en cuanto lo confirme.

address-confirmation =
    Antes de enviar el pedido { $order_id }, por favor revise la dirección de entrega: { $address }. ¿Está completa y correcta, con número exterior e interior, colonia y código postal? Responda para confirmar o envíenos la corrección.

order-change-request =
    { $order_state ->
        [not-shipped] Su pedido { $order_id } todavía no se ha enviado, así que aún podemos modificarlo. Por favor, díganos exactamente qué desea cambiar.
       *[shipped] Su pedido { $order_id } ya fue enviado, por lo que ya no podemos modificarlo. Cuando lo reciba, con gusto le ayudamos con un cambio o una devolución.
    }

order-cancellation =
    Como nos lo pidió, cancelamos su pedido { $order_id }. El reembolso de { $amount } se hará al mismo medio de pago; según su banco, se verá reflejado en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Su pedido { $order_id } fue cancelado

# MX: la factura (CFDI) necesita RFC, razón social, código postal y régimen fiscal.
invoice-request =
    Le enviaremos la factura del pedido { $order_id } en un plazo de { $days ->
        [one] un día hábil
       *[other] { $days } días hábiles
    }. Por favor, envíenos su RFC, razón social, código postal fiscal y régimen fiscal.
    .subject = Factura de su pedido { $order_id }
