### Atendimento ao cliente: saudações, respostas provisórias e encerramentos (seeds 001, 004).
### Variáveis:
###   $buyer_name    o nome do comprador, como ele assina
###   $salutation    "formal" quando o comprador escreveu "Dear ...", "casual" quando escreveu "Hi ..."
###   $buyer_status  "first-time" (primeira compra) ou "returning" (cliente que está voltando)
###   $shop_name     o nome da loja do vendedor
###   $agent_name    quem assina a resposta
###   $reason        por que a resposta atrasou: "holiday", "weekend" ou qualquer outro valor
###   $hours         um número de horas
###   $order_id      o número do pedido
###   $days          um número de dias úteis

-support-team = Atendimento ao Cliente

# Responder no mesmo tom da saudação do comprador; agradecer o contato de quem escreve pela primeira vez e dar as boas-vindas a quem está voltando.
greeting =
    { $salutation ->
        [formal] Prezado(a) { $buyer_name },
       *[casual] Olá, { $buyer_name }!
    }
    { $buyer_status ->
        [returning] Que bom ver você de novo! Em que posso ajudar?
       *[first-time] Agradecemos o seu contato e o seu interesse em nosso produto.
    }
    .subject =
        { $buyer_status ->
            [returning] { $shop_name }: que bom ter você de volta!
           *[first-time] { $shop_name } agradece o seu contato
        }

late-reply-apology =
    { $reason ->
        [holiday] Desculpe a demora em responder: nosso escritório ficou fechado por causa do feriado.
        [weekend] Desculpe a demora em responder: nossa equipe estava de folga no fim de semana.
       *[other] Desculpe a demora em responder e agradecemos a sua paciência.
    }

# Nunca dar palpites: dizer que vai verificar e quando vai responder.
will-check-and-reply =
    Agradeço a sua pergunta. Vou verificar com a nossa equipe e retorno para você em até { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.

# Confirmar um novo pedido e informar quando ele será enviado.
order-confirmation =
    Agradecemos pelo seu pedido { $order_id }! Vamos enviá-lo em até { $days ->
        [one] um dia útil
       *[other] { $days } dias úteis
    } e mandaremos o código de rastreamento para você assim que ele estiver a caminho.
    .subject = Recebemos o seu pedido { $order_id }

closing-thanks =
    Mais uma vez, agradecemos a sua confiança. Tenha um ótimo dia!

    Atenciosamente,
    { $agent_name }
    { -support-team } | { $shop_name }
