### Envio e alfândega: avisos de envio, atrasos, dados para a alfândega, impostos, recesso, falhas de entrega e retirada.

order-shipped =
    Boa notícia: o seu pedido { $order_id } foi enviado pela { $carrier }. O código de rastreio é { $tracking_number }. As informações de rastreio costumam aparecer on-line em até { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
    .subject = Seu pedido { $order_id } foi enviado

shipping-delay =
    { $reason ->
        [holiday] Sentimos muito: por causa dos feriados, o seu pedido { $order_id } vai chegar depois do previsto.
        [customs] Sentimos muito: o seu pedido { $order_id } está aguardando liberação na alfândega e vai chegar depois do previsto.
        [weather] Sentimos muito: o mau tempo atrasou o seu pedido { $order_id }, que vai chegar depois do previsto.
       *[other] Sentimos muito: o seu pedido { $order_id } atrasou na transportadora e vai chegar depois do previsto.
    } A nova previsão de entrega é { $delivery_date }. Obrigado pela paciência.
    .subject = Atualização da entrega do pedido { $order_id }

extra-freight =
    Podemos enviar o seu pedido pela { $carrier }, como você pediu. O frete custa { $amount } a mais que o envio padrão. Se estiver de acordo, pague a diferença e enviaremos o pedido em seguida.

# BR: toda remessa internacional precisa do CPF do destinatário.
customs-id-request =
    Para o desembaraço aduaneiro do pedido { $order_id }, a transportadora precisa { $market ->
        [KR] do seu código pessoal de desembaraço aduaneiro (PCCC)
        [BR] do seu CPF
        [CN] do número do seu documento de identidade, igual ao nome do destinatário
       *[other] do número do seu documento de identidade ou do seu número fiscal
    }. Envie na resposta; vamos usá-lo apenas para esta remessa.

duties-and-taxes =
    { $duties ->
        [included] Os impostos de importação do seu pedido já estão incluídos no preço: você não paga nada a mais na entrega.
       *[other] O seu pedido pode ter impostos de importação estimados em { $amount }, cobrados pela transportadora ou pelos Correios antes da entrega. O valor final é definido pela Receita Federal.
    }

holiday-closure =
    { $holiday ->
        [lunar-new-year] Nossa equipe estará de recesso no Ano-Novo Lunar, de { $start_date } a { $end_date }.
       *[other] Nossa equipe estará de recesso por causa de um feriado, de { $start_date } a { $end_date }.
    } Pedidos feitos até { $cutoff_date } saem antes do recesso; os demais serão enviados quando voltarmos. Obrigado pela compreensão.
    .subject = Recesso de { $start_date } a { $end_date }

failed-delivery-attempt =
    A { $carrier } tentou entregar o seu pedido { $order_id }, mas não encontrou ninguém. O pacote aguarda você em { $pickup_point } por { $days ->
        [one] um dia
       *[other] { $days } dias
    }. Você pode retirá-lo lá ou agendar uma nova entrega com o código de rastreio { $tracking_number }.

returned-to-sender =
    A transportadora não conseguiu entregar o seu pedido { $order_id } e está devolvendo o pacote para nós. Quando ele chegar, podemos reenviá-lo (frete de { $amount }) ou reembolsar você. Diga o que prefere e confira o seu endereço.

convenience-store-pickup =
    O seu pedido { $order_id } chegou em { $store } e já pode ser retirado. Retire em até { $days ->
        [one] um dia
       *[other] { $days } dias
    } com o código de retirada { $pickup_code }; pacotes não retirados voltam para o remetente.

tracking-not-updating =
    O rastreio de { $tracking_number } não é atualizado há alguns dias. Isso é comum enquanto o pacote viaja entre países ou aguarda a alfândega. Já pedimos à { $carrier } que verifique e daremos notícias em até { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.
