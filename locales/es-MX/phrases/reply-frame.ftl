### Marco de respuesta: las líneas de apertura y de cierre que el asistente pone alrededor de un mensaje: el mismo trato que usó el cliente, agradecimiento o bienvenida de regreso, disculpa por la demora y despedida (seeds 001, 004).
### Variables:
###   $salutation         "formal" si el cliente escribió "Dear ...", "casual" si escribió "Hi ..."
###   $agent_name         quien firma la respuesta
###   $shop_name          el nombre de la tienda
###   $buyer_name         (optional) el nombre completo del cliente, como firma
###   $buyer_family_name  (optional) su apellido (saludo formal con Sr./Sra.)
###   $buyer_given_name   (optional) su nombre de pila
###   $buyer_gender       (optional) "female", "male" u otro (trato neutro)
###   $agent_gender       (optional) el género de quien firma
###   $reason             (optional) por qué la respuesta llega tarde: "holiday", "weekend" u otro
### Trato de usted, como en customer-service; formal por defecto.

salutation =
    { $salutation ->
        [casual] Hola, { $buyer_name }:
       *[formal]
            { $buyer_gender ->
                [female] Estimada Sra. { $buyer_family_name }:
                [male] Estimado Sr. { $buyer_family_name }:
               *[other] Buen día, { $buyer_name }:
            }
    }

first-time-thanks = Muchas gracias por su consulta y por su interés en nuestro producto.

returning-welcome = ¡Qué gusto saber de usted otra vez! ¿En qué le puedo ayudar?

late-reply-apology =
    { $reason ->
        [holiday] Disculpe la demora en responder: nuestra oficina estuvo cerrada por el día feriado.
        [weekend] Disculpe la demora en responder: nuestro equipo no estuvo disponible durante el fin de semana.
       *[other] Disculpe la demora en responder y muchas gracias por su paciencia.
    }

closing =
    { $salutation ->
        [casual] Saludos,
       *[formal] Atentamente,
    }
    { $agent_name }
    { $shop_name }
