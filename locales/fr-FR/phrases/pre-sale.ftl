### Avant-vente : stock, précommandes, tailles, pays livrés et moyens de paiement.

out-of-stock =
    Merci de l’intérêt que vous portez à { $item_name }. L’article est actuellement en rupture de stock ; nous attendons un réassort vers le { $restock_date }. Souhaitez-vous que nous vous prévenions dès qu’il sera de nouveau disponible ?

pre-order =
    { $item_name } est disponible en précommande. Nous prévoyons d’expédier les précommandes à partir du { $ship_date } et vous informerons immédiatement si cette date change. Vous pouvez annuler votre précommande à tout moment avant l’expédition.

size-and-fit =
    Le guide des tailles de { $item_name } est ici : { $link }. Si vous nous indiquez votre taille habituelle et vos mensurations (taille, tour de poitrine et tour de taille), nous vous conseillerons volontiers une taille adaptée.

no-shipping-to-country =
    Merci de votre intérêt. Malheureusement, nous ne livrons pas encore dans ce pays : { $country }. Nous vous prions de nous en excuser et espérons pouvoir le faire à l’avenir.

payment-methods =
    Vous pouvez payer par { $payment_methods }.
