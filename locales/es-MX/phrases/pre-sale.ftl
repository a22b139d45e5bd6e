### Preventa: existencias, preventas, tallas, países de envío y formas de pago.

out-of-stock =
    Gracias por su interés en { $item_name }. Por el momento está agotado; esperamos tener existencias de nuevo alrededor del { $restock_date }. ¿Desea que le avisemos en cuanto vuelva a estar disponible?

pre-order =
    { $item_name } está disponible en preventa. Planeamos enviar los pedidos de preventa a partir del { $ship_date } y le avisaremos de inmediato si la fecha cambia. Puede cancelar su preventa en cualquier momento antes del envío.

size-and-fit =
    La guía de tallas de { $item_name } está aquí: { $link }. Si nos indica su talla habitual y sus medidas (estatura, pecho y cintura), con gusto le recomendamos una talla.

no-shipping-to-country =
    Gracias por su interés. Lamentablemente, por ahora no hacemos envíos a { $country }. Disculpe las molestias; esperamos poder ofrecer envíos ahí en el futuro.

payment-methods =
    Puede pagar con { $payment_methods }.
