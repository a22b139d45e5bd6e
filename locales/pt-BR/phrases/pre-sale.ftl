### Pré-venda: estoque, pré-venda, tamanhos, países de entrega e formas de pagamento.

out-of-stock =
    Obrigado pelo interesse em { $item_name }. No momento ele está esgotado; a previsão de reposição é por volta de { $restock_date }. Quer que avisemos você assim que estiver disponível de novo?

pre-order =
    { $item_name } está em pré-venda. Planejamos enviar os pedidos de pré-venda a partir de { $ship_date } e avisaremos na hora se a data mudar. Você pode cancelar a pré-venda a qualquer momento antes do envio.

size-and-fit =
    A tabela de medidas de { $item_name } está aqui: { $link }. Se você nos disser o tamanho que costuma usar e as suas medidas (altura, busto ou tórax e cintura), teremos prazer em recomendar um tamanho.

no-shipping-to-country =
    Obrigado pelo interesse. Infelizmente, no momento não enviamos para { $country }. Pedimos desculpas e esperamos oferecer entregas aí no futuro.

payment-methods =
    Você pode pagar com { $payment_methods }.
