### Pós-venda: pacotes não recebidos, reembolsos e reclamações.
### Variáveis:
###   $buyer_name       o nome do comprador
###   $order_id         o número do pedido
###   $tracking_number  o código de rastreamento do pacote
###   $days             um número de dias
###   $amount           um valor em dinheiro, já formatado com a moeda
###   $case_id          o número de protocolo da reclamação

package-not-received =
    Lamentamos que o seu pacote ainda não tenha chegado. Pedimos a sua ajuda com os seguintes passos:
    1. Verifique o status mais recente com o código de rastreamento { $tracking_number }.
    2. Pergunte aos seus vizinhos, à portaria do seu prédio ou à agência de correios da sua região se receberam o pacote.
    3. Confirme se o endereço de entrega do pedido { $order_id } está correto.
    Se o pacote ainda não for encontrado em até { $days ->
        [one] um dia
       *[other] { $days } dias
    }, entre em contato conosco e resolveremos isso para você.
    .subject = O pacote do seu pedido { $order_id }

refund-or-reship =
    Pedimos desculpas pelo transtorno com o seu pedido { $order_id }. Podemos oferecer o reembolso integral de { $amount } ou enviar um novo pacote sem nenhum custo para você. Por favor, nos informe qual opção prefere.

complaint-acknowledgement =
    Prezado(a) { $buyer_name },
    Agradecemos por nos informar sobre isso e pedimos sinceras desculpas. Registramos a sua reclamação com o protocolo { $case_id } e responderemos com uma solução em até { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
    .subject = Recebemos a sua reclamação ({ $case_id })
