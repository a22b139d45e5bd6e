### Preventa: existencias, reservas, tallas, países de envío y formas de pago.

out-of-stock =
    Gracias por su interés en { $item_name }. En este momento está agotado; esperamos reponerlo alrededor del { $restock_date }. ¿Desea que le avisemos en cuanto vuelva a estar disponible?

pre-order =
    { $item_name } está disponible en reserva. Tenemos previsto enviar los pedidos reservados a partir del { $ship_date } y le avisaremos de inmediato si la fecha cambia. Puede cancelar su reserva en cualquier momento antes del envío.

size-and-fit =
    La tabla de tallas de { $item_name } está aquí: { $link }. Si nos indica su talla habitual y sus medidas (estatura, pecho y cintura), le recomendaremos una talla con mucho gusto.

no-shipping-to-country =
    Gracias por su interés. Lamentablemente, por ahora no realizamos envíos a { $country }. Disculpe las molestias; esperamos poder ofrecer envíos allí en el futuro.

payment-methods =
    Puede pagar con { $payment_methods }.
