### Atención al cliente: saludos, respuestas provisionales y despedidas (semillas 001, 004).
### Variables:
###   $buyer_name    el nombre del comprador tal como firma
###   $salutation    "formal" si el comprador escribió "Dear ...", "casual" si escribió "Hi ..."
###   $buyer_status  "first-time" (primera vez) o "returning" (cliente que repite)
###   $shop_name     el nombre de la tienda del vendedor
###   $agent_name    quien firma la respuesta
###   $reason        por qué la respuesta llega tarde: "holiday", "weekend" o cualquier otro valor
###   $hours         un número de horas
###   $order_id      el número de pedido
###   $days          un número de días hábiles

-support-team = Atención al Cliente

# Usar el mismo tipo de saludo que el comprador; agradecer la consulta a quien escribe por primera vez y dar la bienvenida de nuevo a quien repite.
greeting =
    { $salutation ->
        [formal] Buenos días, { $buyer_name }:
       *[casual] Hola, { $buyer_name }:
    }
    { $buyer_status ->
        [returning] ¡Qué alegría volver a saber de usted! ¿En qué puedo ayudarle?
       *[first-time] Muchas gracias por su consulta y por su interés en nuestro artículo.
    }
    .subject =
        { $buyer_status ->
            [returning] Le damos de nuevo la bienvenida a { $shop_name }
           *[first-time] Gracias por contactar con { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Disculpe la demora en responder: nuestra oficina ha estado cerrada por el día festivo.
        [weekend] Disculpe la demora en responder: nuestro equipo no ha estado disponible durante el fin de semana.
       *[other] Disculpe la demora en responder y muchas gracias por su paciencia.
    }

# No dar nada por supuesto: decir que se va a consultar y cuándo se responderá.
will-check-and-reply =
    Gracias por su pregunta. Voy a consultarlo con nuestro equipo y le responderé en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.

# Confirmar un pedido nuevo e indicar cuándo se enviará.
order-confirmation =
    ¡Gracias por su pedido { $order_id }! Se lo enviaremos en un plazo de { $days ->
        [one] un día hábil
       *[other] { $days } días hábiles
    } y le facilitaremos el número de seguimiento en cuanto esté en camino.
    .subject = Hemos recibido su pedido { $order_id }

closing-thanks =
    Gracias de nuevo por su confianza. ¡Que tenga un buen día!

    Un cordial saludo,
    { $agent_name }
    { -support-team } de { $shop_name }
