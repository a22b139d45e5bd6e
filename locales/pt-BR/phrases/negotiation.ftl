### Negociação: responder a pedidos de desconto com clareza, sem falsas promessas (seed 004).
### Variáveis:
###   $item_name  o produto em questão
###   $gift       o brinde oferecido, como sintagma nominal ("uma capinha de celular")
###   $quantity   um número de unidades
###   $percent    uma porcentagem de desconto, como número

# O preço é final, mas quem fizer o pedido agora ganha um pequeno brinde.
no-discount-gift-offer =
    Sentimos muito, mas não conseguimos baixar mais o preço de { $item_name }: ele já está no menor valor que conseguimos oferecer.
    Porém, se você fizer o pedido hoje, enviaremos { $gift } como um pequeno brinde em agradecimento.
    .subject = Sobre o preço de { $item_name }

volume-discount =
    Para pedidos a partir de { $quantity ->
        [one] uma unidade
       *[other] { $quantity } unidades
    }, podemos oferecer { $percent }% de desconto sobre o preço anunciado.

counter-offer =
    Obrigado pela sua oferta de { $offer } por { $item_name }. Não conseguimos aceitar esse valor, mas podemos fazer por { $price }. Pode ser?

bundle-discount =
    Se você comprar { $item_name } junto com qualquer outro produto da nossa loja, damos { $percent }% de desconto no pedido inteiro.

prepaid-discount =
    Se você pagar on-line antecipado, por Pix ou cartão, em vez de pagar na entrega, damos { $amount } de desconto neste pedido e enviamos assim que o pagamento for confirmado.

sample-offer =
    Podemos enviar uma amostra de { $item_name } por { $amount }, com frete incluído. Se depois você pedir { $quantity ->
        [one] uma peça
       *[other] { $quantity } peças
    } ou mais, descontamos esse valor do seu pedido.

minimum-order-quantity =
    O preço de atacado de { $item_name } vale a partir de { $quantity ->
        [one] uma peça
       *[other] { $quantity } peças
    }. Para quantidades menores, vale o preço da loja.
