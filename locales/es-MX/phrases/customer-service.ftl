### Atención al cliente: saludos, respuestas de espera, seguimiento y despedidas (seeds 001, 004).
### Variables como en en-US. Trato de usted; saludo formal con $buyer_gender y $buyer_family_name.

-support-team = Atención a Clientes
-fallback-buyer_name = cliente
-fallback-buyer_given_name = cliente
-fallback-buyer_family_name = cliente
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = nuestra tienda

greeting =
    { $salutation ->
        [casual] Hola, { $buyer_name }:
       *[formal] { $buyer_gender ->
            [female] Estimada Sra. { $buyer_family_name }:
            [male] Estimado Sr. { $buyer_family_name }:
           *[other] Buen día, { $buyer_name }:
        }
    }
    { $buyer_status ->
        [returning] ¡Qué gusto saber de usted otra vez! ¿En qué le puedo ayudar?
       *[first-time] Muchas gracias por su consulta y por su interés en nuestros productos.
    }
    .subject =
        { $buyer_status ->
            [returning] Le damos la bienvenida de nuevo a { $shop_name }
           *[first-time] Gracias por comunicarse con { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Disculpe la demora en responder: nuestra oficina estuvo cerrada por el día feriado.
        [weekend] Disculpe la demora en responder: nuestro equipo no estuvo disponible durante el fin de semana.
       *[other] Disculpe la demora en responder y muchas gracias por su paciencia.
    }

will-check-and-reply =
    Gracias por su pregunta. Lo voy a revisar con nuestro equipo y le respondo en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.

order-confirmation =
    ¡Gracias por su pedido { $order_id }! Lo enviaremos en un plazo de { $days ->
        [one] un día hábil
       *[other] { $days } días hábiles
    } y le mandaremos el número de guía en cuanto vaya en camino.
    .subject = Recibimos su pedido { $order_id }

closing-thanks =
    Gracias nuevamente por su confianza. ¡Que tenga un excelente día!

    Saludos cordiales,
    { $agent_name }
    { -support-team } de { $shop_name }

away-auto-reply =
    Gracias por su mensaje. Nuestro equipo no está disponible en este momento y regresa el { $return_date }. Responderemos los mensajes en el orden en que llegaron. Si su consulta es sobre un pedido, por favor incluya el número de pedido.
    .subject = Respuesta automática: regresamos el { $return_date }

follow-up-no-reply =
    Le escribo para dar seguimiento a mi mensaje anterior sobre { $topic }. Cuando le sea posible, indíquenos cómo desea continuar. Si ya no necesita ayuda, no es necesario que responda.
