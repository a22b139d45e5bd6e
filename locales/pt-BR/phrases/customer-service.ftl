### Atendimento ao cliente: saudações, respostas de espera, acompanhamento e despedidas (seeds 001, 004).
### Variáveis como em en-US. Tratamento por "você", cordial; saudação formal com $buyer_gender.

-support-team = Atendimento ao Cliente
-fallback-buyer_name = cliente
-fallback-buyer_given_name = cliente
-fallback-buyer_family_name = cliente
-fallback-buyer_title = { "" }
-fallback-agent_name = { "" }
-fallback-shop_name = nossa loja

greeting =
    { $salutation ->
        [casual] Olá, { $buyer_name }!
       *[formal] { $buyer_gender ->
            [female] Prezada { $buyer_name },
            [male] Prezado { $buyer_name },
           *[other] Prezado(a) { $buyer_name },
        }
    }
    { $buyer_status ->
        [returning] Que bom falar com você de novo! Em que posso ajudar?
       *[first-time] Agradecemos o seu contato e o seu interesse em nossos produtos.
    }
    .subject =
        { $buyer_status ->
            [returning] { $shop_name }: que bom ter você de volta!
           *[first-time] Obrigado por entrar em contato com a { $shop_name }
        }

late-reply-apology =
    { $reason ->
        [holiday] Desculpe a demora em responder: nosso escritório esteve fechado por causa do feriado.
        [weekend] Desculpe a demora em responder: nossa equipe não trabalhou no fim de semana.
       *[other] Desculpe a demora em responder, e obrigado pela paciência.
    }

will-check-and-reply =
    Obrigado pela pergunta. Vou verificar isso com a nossa equipe e retorno em até { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.

order-confirmation =
    Obrigado pelo seu pedido { $order_id }! Vamos enviá-lo em até { $days ->
        [one] um dia útil
       *[other] { $days } dias úteis
    } e mandaremos o código de rastreio assim que ele sair para entrega.
    .subject = Recebemos o seu pedido { $order_id }

closing-thanks =
    Obrigado mais uma vez pela confiança. Tenha um ótimo dia!

    Atenciosamente,
    { $agent_name }
    { -support-team } { $shop_name }

away-auto-reply =
    Obrigado pela sua mensagem. Nossa equipe está ausente no momento e volta em { $return_date }. Responderemos às mensagens por ordem de chegada. Se a dúvida for sobre um pedido, informe o número do pedido.
    .subject = Resposta automática: voltamos em { $return_date }

follow-up-no-reply =
    Estou retomando minha mensagem anterior sobre { $topic }. Quando for possível, nos diga como prefere seguir. Se já não precisar de ajuda, não é necessário responder.
