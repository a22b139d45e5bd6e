### Negociação: responder a pedidos de desconto com clareza, sem falsas promessas (seed 004).
### Variáveis:
###   $item_name  o produto em questão
###   $gift       o brinde oferecido, como sintagma nominal ("uma capinha de celular")
###   $quantity   um número de unidades
###   $percent    uma porcentagem de desconto, como número

# O preço é final, mas quem fizer o pedido agora ganha um pequeno brinde.
no-discount-gift-offer =
    Sentimos muito, mas não conseguimos baixar mais o preço de { $item_name }: este já é o nosso melhor preço.
    Porém, se você fizer o pedido hoje, enviaremos { $gift } como um pequeno brinde em agradecimento.
    .subject = Sobre o preço de { $item_name }

volume-discount =
    Para pedidos a partir de { $quantity ->
        [one] uma unidade
       *[other] { $quantity } unidades
    }, podemos oferecer { $percent }% de desconto sobre o preço anunciado.
