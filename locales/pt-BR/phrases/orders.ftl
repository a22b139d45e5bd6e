### Pedidos e pagamento: falhas de pagamento, pagamento na entrega, endereços, alterações, cancelamentos e notas fiscais.

payment-failed =
    O pagamento do seu pedido { $order_id } não foi aprovado, então o pedido ainda não está confirmado. Tente novamente ou escolha outra forma de pagamento em até { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }; depois disso, liberamos os itens reservados. Se o seu banco mostrar um valor pendente, normalmente ele é estornado automaticamente.
    .subject = O pagamento do pedido { $order_id } não foi aprovado

payment-received =
    Recebemos o seu pagamento de { $amount } referente ao pedido { $order_id }. Muito obrigado! Já estamos preparando o seu pedido.
    .subject = Pagamento recebido: pedido { $order_id }

cod-confirmation =
    Por favor, confirme o seu pedido { $order_id } com pagamento na entrega: o valor a pagar ao entregador é { $amount }. Responda SIM para confirmar ou NÃO para cancelar. Enviaremos o pedido assim que você confirmar.

address-confirmation =
    Antes de enviar o pedido { $order_id }, confira o endereço de entrega: { $address }. Ele está completo e correto, com número, complemento e CEP? Responda para confirmar ou nos envie a correção.

order-change-request =
    { $order_state ->
        [not-shipped] Seu pedido { $order_id } ainda não foi enviado, então ainda podemos alterá-lo. Diga exatamente o que você gostaria de mudar.
       *[shipped] Seu pedido { $order_id } já foi enviado e não pode mais ser alterado. Quando ele chegar, teremos prazer em ajudar com uma troca ou devolução.
    }

order-cancellation =
    Conforme solicitado, cancelamos o seu pedido { $order_id }. O reembolso de { $amount } será feito na forma de pagamento original; dependendo do banco, aparece em até { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
    .subject = Seu pedido { $order_id } foi cancelado

# BR: a nota fiscal precisa do CPF (pessoa física) ou CNPJ (empresa).
invoice-request =
    Enviaremos a nota fiscal do pedido { $order_id } em até { $days ->
        [one] um dia útil
       *[other] { $days } dias úteis
    }. Para emiti-la, precisamos do seu CPF ou, se for para uma empresa, da razão social, do endereço e do CNPJ.
    .subject = Nota fiscal do pedido { $order_id }
