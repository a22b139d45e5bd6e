### Litiges : rétrofacturations, litiges sur les places de marché, escalade et avis négatifs.

dispute-response =
    { $case_type ->
        [chargeback] Nous avons été informés que vous avez contesté auprès de votre banque le paiement de la commande { $order_id }.
       *[other] Nous avons vu que vous avez ouvert un litige ({ $case_id }) concernant la commande { $order_id }.
    } Nous regrettons que vous ne soyez pas satisfait(e) et souhaitons régler cela directement avec vous. Pourriez-vous nous expliquer ce qui ne va pas ? Nous vous proposerons alors une solution, par exemple un remplacement ou un remboursement.
    .subject = À propos de votre litige sur la commande { $order_id }

escalation =
    J’ai transmis votre dossier { $case_id } à ma responsable, qui l’examinera personnellement et vous contactera d’ici { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }. Merci de votre patience.

negative-review-reply =
    Merci pour votre retour sincère ; nous sommes désolés que votre expérience n’ait pas été à la hauteur de vos attentes. Nous prenons cela très au sérieux et vous avons envoyé un message pour trouver ensemble une solution.
    { $agent_name }
