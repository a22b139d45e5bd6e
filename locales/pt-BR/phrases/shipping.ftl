### Envio: avisos de despacho, atrasos e pedidos de transportadora.
### Variáveis:
###   $order_id         o número do pedido
###   $carrier          o nome da transportadora
###   $tracking_number  o código de rastreamento do pacote
###   $days             um número de dias
###   $reason           por que o pacote atrasou: "holiday", "customs", "weather" ou qualquer outro valor
###   $delivery_date    a nova previsão de entrega, já formatada para o comprador
###   $amount           um valor em dinheiro, já formatado com a moeda

order-shipped =
    Boa notícia: o seu pedido { $order_id } foi enviado via { $carrier }. O seu código de rastreamento é { $tracking_number }. As informações de rastreamento costumam ficar disponíveis on-line em até { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
    .subject = Seu pedido { $order_id } foi enviado

shipping-delay =
    { $reason ->
        [holiday] Sentimos muito: por causa dos feriados, o seu pedido { $order_id } vai chegar depois do previsto.
        [customs] Sentimos muito: o seu pedido { $order_id } está aguardando liberação na alfândega e vai chegar depois do previsto.
        [weather] Sentimos muito: o mau tempo atrasou o seu pedido { $order_id }, que vai chegar depois do previsto.
       *[other] Sentimos muito: o seu pedido { $order_id } sofreu um atraso na transportadora e vai chegar depois do previsto.
    } A nova previsão de entrega é { $delivery_date }. Agradecemos a sua paciência.
    .subject = Atualização sobre a entrega do seu pedido { $order_id }

# O comprador pediu uma transportadora mais rápida ou específica, que custa mais.
extra-freight =
    Podemos enviar o seu pedido via { $carrier }, como você solicitou. Essa opção custa { $amount } a mais do que o frete padrão. Se estiver de acordo, basta pagar a diferença e enviaremos o seu pedido em seguida.
