### Disputas: contestações de cobrança (chargeback), reclamações em marketplaces, escalonamento e avaliações negativas.

dispute-response =
    { $case_type ->
        [chargeback] Fomos informados de que você contestou com o seu banco o pagamento do pedido { $order_id }.
       *[other] Vimos que você abriu uma reclamação ({ $case_id }) sobre o pedido { $order_id }.
    } Sentimos muito que a compra não tenha atendido às suas expectativas e queremos resolver isso diretamente com você. Pode nos contar o que aconteceu? Vamos propor uma solução, como uma troca ou um reembolso.
    .subject = Sobre a sua reclamação do pedido { $order_id }

escalation =
    Encaminhei o seu caso { $case_id } para a minha gerência, que vai analisá-lo pessoalmente e entrar em contato com você em até { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }. Obrigado pela paciência.

negative-review-reply =
    Obrigado pelo seu comentário sincero; sentimos muito que a sua experiência não tenha sido a esperada. Levamos isso a sério e já enviamos uma mensagem para você para encontrarmos juntos uma solução.
    { $agent_name }
