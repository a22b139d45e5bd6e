### Disputas: retrocesos de cargo, reclamaciones en marketplaces, escalado y reseñas negativas.

dispute-response =
    { $case_type ->
        [chargeback] Nos han informado de que ha reclamado a su banco el cargo del pedido { $order_id }.
       *[other] Hemos visto que ha abierto una reclamación ({ $case_id }) sobre el pedido { $order_id }.
    } Lamentamos que su compra no haya cumplido sus expectativas y nos gustaría resolverlo directamente con usted. ¿Podría contarnos qué ha fallado? Así podremos proponerle una solución, por ejemplo un reemplazo o un reembolso.
    .subject = Sobre su reclamación del pedido { $order_id }

escalation =
    He trasladado su caso { $case_id } a mi responsable, que lo revisará personalmente y se pondrá en contacto con usted en un plazo de { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }. Gracias por su paciencia.

negative-review-reply =
    Gracias por sus comentarios sinceros; lamentamos que su experiencia no haya cumplido con sus expectativas. Lo tomamos muy en serio y ya le hemos enviado un mensaje para encontrar juntos una solución.
    { $agent_name }
