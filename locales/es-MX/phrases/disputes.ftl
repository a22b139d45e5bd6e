### Disputas: contracargos, reclamos en marketplaces, escalamiento y reseñas negativas.

dispute-response =
    { $case_type ->
        [chargeback] Nos informaron que usted desconoció con su banco el pago del pedido { $order_id }.
       *[other] Vimos que abrió un reclamo ({ $case_id }) sobre el pedido { $order_id }.
    } Lamentamos que su compra no haya cumplido sus expectativas y nos gustaría resolverlo directamente con usted. ¿Podría contarnos qué salió mal? Así le propondremos una solución, por ejemplo un reemplazo o un reembolso.
    .subject = Sobre su reclamo del pedido { $order_id }

escalation =
    Pasé su caso { $case_id } a mi gerente, quien lo revisará personalmente y se comunicará con usted en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }. Gracias por su paciencia.

negative-review-reply =
    Gracias por sus comentarios sinceros; lamentamos que su experiencia no haya cumplido con sus expectativas. Lo tomamos muy en serio y ya le enviamos un mensaje para encontrar juntos una solución.
    { $agent_name }
