-- An admin's refund of a finished order takes back the part of the inviter's commission that the
-- refunded amount no longer earns (issue 24/25, found in review): a negative 'commission' entry
-- naming the order. One credit per order stays guaranteed; take-backs, several per order if the
-- admin refunds in parts, are allowed.
DROP INDEX ledger_one_commission_per_order;
CREATE UNIQUE INDEX ledger_one_commission_per_order ON ledger (order_id)
    WHERE kind = 'commission' AND amount > 0;
