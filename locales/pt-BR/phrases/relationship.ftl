### Relacionamento: agradecimento após a entrega, pedido de avaliação, cupons e votos de boas festas.

thanks-after-delivery =
    { $buyer_status ->
        [returning] Seu pedido foi entregue. Obrigado por comprar de novo na { $shop_name }!
       *[first-time] Seu pedido foi entregue. Obrigado pela sua primeira compra na { $shop_name }!
    } Se algo não estiver como você esperava, é só responder a esta mensagem que ajudamos.
    .subject = Obrigado pela sua compra na { $shop_name }

review-request =
    Esperamos que a compra tenha agradado. Se tiver um minutinho, ficaríamos muito gratos por uma avaliação: ela ajuda outros compradores e nos ajuda a melhorar. É totalmente opcional e, se não quiser receber esse tipo de mensagem, é só nos avisar.
    .subject = O que achou do seu pedido na { $shop_name }?

returning-buyer-coupon =
    Obrigado por ser cliente fiel da { $shop_name }. Como agradecimento, aqui está um cupom de { $percent }% de desconto na sua próxima compra: { $coupon_code }. Válido até { $expiry_date }.
    .subject = Um agradecimento da { $shop_name }

holiday-greeting =
    { $occasion ->
        [ramadan] Ramadan Kareem! Desejamos a você e à sua família um mês abençoado.
        [eid] Eid Mubarak! Desejamos a você e a quem você ama alegria e paz.
        [diwali] Feliz Diwali! Que o festival das luzes traga alegria e prosperidade para você e sua família.
        [lunar-new-year] Feliz Ano-Novo Lunar! Desejamos saúde, felicidade e sucesso no novo ano.
        [christmas] Feliz Natal! Desejamos a você e à sua família boas festas.
       *[other] Feliz Ano-Novo! Desejamos saúde e felicidade no ano que começa.
    }
    Com carinho, equipe { $shop_name }
