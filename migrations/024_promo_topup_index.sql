-- A top-up reversed (a Stars payment refunded) takes back the deposit bonus it brought: the
-- bonus is found by the top-up it names, along this index rather than a walk over every
-- redemption of a big shop.
CREATE INDEX promo_redemptions_topup ON promo_redemptions (topup_id) WHERE topup_id IS NOT NULL;
