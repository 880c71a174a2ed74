-- Three more reasons for a wallet to move, each a ledger kind of its own so that /stats, the
-- customer's history and the invariant see them apart:
--   'commission'   an inviter's share of an invited customer's order (issue 24), one per order;
--   'bonus'        a promo code's credit, at once or on a top-up (issue 24), naming the code;
--   'order_refund' an admin's refund of all or part of an order after its final status
--                  (issue 25), naming the order and the admin; several may add up to its price.
-- SQLite cannot change a CHECK in place: the table is rebuilt with the same columns, indexes
-- and triggers. The totals' triggers are dropped first so that the rebuild does not touch
-- ledger_method_totals, which stays as it was.
DROP TRIGGER ledger_method_totals_insert;
DROP TRIGGER ledger_method_totals_delete;
DROP TRIGGER ledger_method_totals_update;

CREATE TABLE ledger_new (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),  -- signed minor units
    kind        TEXT    NOT NULL CHECK (kind IN (
                    'topup', 'order', 'refund', 'admin_credit', 'admin_debit',
                    'commission', 'bonus', 'order_refund')),
    order_id    INTEGER REFERENCES orders (id),
    admin_id    INTEGER,
    note        TEXT,
    created_at  INTEGER NOT NULL,
    method      TEXT,
    reference   TEXT
);
INSERT INTO ledger_new (id, user_id, amount, kind, order_id, admin_id, note, created_at,
                        method, reference)
SELECT id, user_id, amount, kind, order_id, admin_id, note, created_at, method, reference
FROM ledger;
DROP TABLE ledger;
ALTER TABLE ledger_new RENAME TO ledger;

CREATE INDEX ledger_user ON ledger (user_id, id);
CREATE UNIQUE INDEX ledger_one_debit_per_order ON ledger (order_id) WHERE kind = 'order';
CREATE UNIQUE INDEX ledger_one_refund_per_order ON ledger (order_id) WHERE kind = 'refund';
CREATE UNIQUE INDEX ledger_one_commission_per_order ON ledger (order_id)
    WHERE kind = 'commission';
CREATE INDEX ledger_order ON ledger (order_id) WHERE order_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_one_topup_per_reference ON ledger (method, reference)
    WHERE kind = 'topup' AND reference IS NOT NULL;
CREATE INDEX ledger_created ON ledger (created_at);

CREATE TRIGGER ledger_method_totals_insert AFTER INSERT ON ledger
WHEN NEW.method IS NOT NULL
BEGIN
    INSERT INTO ledger_method_totals (method, topups, net)
    VALUES (NEW.method, NEW.kind = 'topup', NEW.amount)
    ON CONFLICT (method) DO UPDATE SET
        topups = topups + excluded.topups, net = net + excluded.net;
END;

CREATE TRIGGER ledger_method_totals_delete AFTER DELETE ON ledger
WHEN OLD.method IS NOT NULL
BEGIN
    UPDATE ledger_method_totals SET topups = topups - (OLD.kind = 'topup'), net = net - OLD.amount
    WHERE method = OLD.method;
END;

CREATE TRIGGER ledger_method_totals_update AFTER UPDATE OF method, kind, amount ON ledger
WHEN OLD.method IS NOT NEW.method OR OLD.kind IS NOT NEW.kind OR OLD.amount IS NOT NEW.amount
BEGIN
    UPDATE ledger_method_totals SET topups = topups - (OLD.kind = 'topup'), net = net - OLD.amount
    WHERE method = OLD.method;
    INSERT INTO ledger_method_totals (method, topups, net)
    SELECT NEW.method, NEW.kind = 'topup', NEW.amount WHERE NEW.method IS NOT NULL
    ON CONFLICT (method) DO UPDATE SET
        topups = topups + excluded.topups, net = net + excluded.net;
END;
