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

damaged-or-wrong-item =
    { $problem ->
        [damaged] Sentimos muito que o seu pedido { $order_id } tenha chegado danificado.
        [wrong-item] Sentimos muito que você tenha recebido o produto errado no pedido { $order_id }.
       *[other] Sentimos muito que haja um problema com o seu pedido { $order_id }.
    } Você poderia nos enviar algumas fotos do produto, da embalagem e da etiqueta de envio? Assim que recebermos, vamos propor uma troca ou um reembolso.

return-instructions =
    Para devolver { $item_name } do pedido { $order_id }:
    1. Embale bem o produto, de preferência na embalagem original.
    2. Envie em até { $days ->
        [one] um dia
       *[other] { $days } dias
    } para: { $return_address }
    3. Mande para nós o código de rastreio da devolução.
    { $return_shipping ->
        [free] O frete da devolução é por nossa conta.
       *[other] O frete da devolução é por sua conta.
    } Fazemos o reembolso assim que a devolução chegar.
    .subject = Como devolver o seu pedido { $order_id }

refund-processed =
    Reembolsamos { $amount } do seu pedido { $order_id } na forma de pagamento original. Dependendo do banco ou do cartão, pode levar alguns dias úteis para aparecer no extrato ou na fatura.
    .subject = Reembolso do pedido { $order_id }

partial-refund-offer =
    Como pedido de desculpas, gostaríamos de reembolsar { $amount } do seu pedido { $order_id }, e você fica com o produto. Se preferir devolvê-lo para receber o reembolso total, também é possível.

warranty-claim =
    { $item_name } tem garantia de { $months ->
        [one] um mês
       *[other] { $months } meses
    }. Envie o número do pedido { $order_id }, uma breve descrição do defeito e uma foto ou vídeo. Vamos analisar e propor o conserto ou a troca.
