### Pedidos y pagos: problemas de pago, pago contra reembolso, direcciones, cambios, cancelaciones y facturas.

payment-failed =
    El pago de su pedido { $order_id } no se pudo procesar, por lo que el pedido aún no está confirmado. Por favor, intente de nuevo o elija otra forma de pago en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }; después liberaremos los artículos reservados. Si su banco muestra un cargo pendiente, normalmente se libera de forma automática.
    .subject = No se pudo procesar el pago del pedido { $order_id }

payment-received =
    Hemos recibido su pago de { $amount } por el pedido { $order_id }. ¡Muchas gracias! Ya estamos preparando su pedido.
    .subject = Pago recibido del pedido { $order_id }

cod-confirmation =
    Por favor, confirme su pedido { $order_id } con pago contra reembolso: el importe que deberá pagar al repartidor es de { $amount }. Responda SÍ para confirmar o NO para cancelar. Enviaremos el pedido en cuanto lo confirme.

address-confirmation =
    Antes de enviar el pedido { $order_id }, por favor revise la dirección de entrega: { $address }. ¿Está completa y correcta, con número, piso y código postal? Responda para confirmar o envíenos la corrección.

order-change-request =
    { $order_state ->
        [not-shipped] Su pedido { $order_id } todavía no se ha enviado, así que aún podemos modificarlo. Por favor, díganos exactamente qué desea cambiar.
       *[shipped] Su pedido { $order_id } ya se ha enviado, por lo que ya no podemos modificarlo. Cuando lo reciba, con gusto le ayudamos con un cambio o una devolución.
    }

order-cancellation =
    Tal como nos ha pedido, hemos cancelado su pedido { $order_id }. El reembolso de { $amount } se realizará al mismo medio de pago; según su banco, lo verá reflejado en un plazo de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    .subject = Su pedido { $order_id } ha sido cancelado

invoice-request =
    Le enviaremos la factura del pedido { $order_id } en un plazo de { $days ->
        [one] un día hábil
       *[other] { $days } días hábiles
    }. Si necesita la factura a nombre de una empresa, envíenos la razón social, la dirección y el NIF.
    .subject = Factura de su pedido { $order_id }
