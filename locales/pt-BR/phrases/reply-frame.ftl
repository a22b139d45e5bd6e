### Moldura de resposta: as linhas de abertura e de fechamento que o assistente coloca em volta de uma mensagem: o tom do cliente, agradecimento ou boas-vindas de volta, desculpas pela demora, despedida (seeds 001, 004).
### Variáveis:
###   $salutation         "formal" quando o cliente escreveu "Dear ...", "casual" quando escreveu "Hi ..."
###   $agent_name         quem assina a resposta
###   $shop_name          o nome da loja
###   $buyer_name         (optional) o nome completo do cliente
###   $buyer_family_name  (optional) o sobrenome
###   $buyer_given_name   (optional) o primeiro nome
###   $buyer_gender       (optional) "female", "male" ou outro (tratamento neutro)
###   $agent_gender       (optional) "female" ou "male": obrigada/obrigado de quem assina
###   $reason             (optional) por que a resposta demorou: "holiday", "weekend" ou outro

salutation =
    { $salutation ->
        [formal]
            { $buyer_gender ->
                [female] Prezada Sra. { $buyer_family_name },
                [male] Prezado Sr. { $buyer_family_name },
               *[other] Prezado(a) { $buyer_name },
            }
       *[casual] Olá, { $buyer_given_name }!
    }

first-time-thanks =
    { $agent_gender ->
        [female] Obrigada
       *[male] Obrigado
    } pelo seu contato e pelo interesse em nosso produto.

returning-welcome = Que bom ver você de novo! Em que posso ajudar?

late-reply-apology =
    { $reason ->
        [holiday] Desculpe a demora na resposta: nosso escritório estava fechado por causa do feriado.
        [weekend] Desculpe a demora na resposta: nossa equipe estava ausente no fim de semana.
       *[other] Desculpe a demora na resposta, e agradecemos a sua paciência.
    }

closing =
    { $salutation ->
        [formal] Atenciosamente,
       *[casual] Abraços,
    }
    { $agent_name }
    { $shop_name }
