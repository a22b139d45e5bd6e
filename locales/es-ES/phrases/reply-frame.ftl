### Marco de respuesta: las líneas de apertura y cierre que el asistente pone alrededor de un mensaje: el registro del cliente, agradecimiento o bienvenida de nuevo, disculpa por la demora, despedida (seeds 001, 004).
### Variables:
###   $salutation         "formal" si el cliente escribió "Dear ...", "casual" si escribió "Hi ..."
###   $agent_name         quien firma la respuesta
###   $shop_name          el nombre de la tienda
###   $buyer_name         (optional) el nombre completo del cliente
###   $buyer_family_name  (optional) su apellido
###   $buyer_given_name   (optional) su nombre de pila
###   $buyer_gender       (optional) "female", "male" u otro (tratamiento neutro)
###   $agent_gender       (optional) el género de quien firma
###   $reason             (optional) por qué la respuesta llega tarde: "holiday", "weekend" u otro

salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] Estimada Sra. { $buyer_family_name }:
                [male] Estimado Sr. { $buyer_family_name }:
               *[other] Buenos días, { $buyer_name }:
            }
       *[casual] Hola, { $buyer_given_name }:
    }

first-time-thanks = Muchas gracias por su consulta y por su interés en nuestro artículo.

returning-welcome = ¡Qué alegría volver a saber de usted! ¿En qué puedo ayudarle?

late-reply-apology =
    { $reason ->
        [holiday] Disculpe la demora en responder: nuestra oficina estaba cerrada por el día festivo.
        [weekend] Disculpe la demora en responder: nuestro equipo no estaba disponible durante el fin de semana.
       *[other] Disculpe la demora en responder, y gracias por su paciencia.
    }

closing =
    { $salutation ->
        [formal] Atentamente,
       *[casual] Un cordial saludo,
    }
    { $agent_name }
    { $shop_name }
