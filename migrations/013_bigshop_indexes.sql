-- A shop open for years (issue 21, item 8: benchmarks/bigshop, 1,000,000 orders and 2,000,000
-- ledger rows): the reads behind the admin's screens and the status sync, off indexes and
-- totals kept by triggers, never a walk over every order or every ledger row.

-- The status sync's open orders in id order: only the open ones are read, not every order.
CREATE INDEX orders_open_by_id ON orders (id)
    WHERE state IN ('pending', 'in_progress', 'processing') AND panel_order_id IS NOT NULL;
-- Open refills for the refill sync.
CREATE INDEX refills_open ON refills (id)
    WHERE state IN ('pending', 'in_progress') AND panel_refill_id IS NOT NULL;
-- /stats counts today's and this week's orders by state off the index alone (no row read);
-- it does all that orders_created did.
CREATE INDEX orders_created_state ON orders (created_at, state);
DROP INDEX orders_created;
-- /export of a period: the ledger since a time.
CREATE INDEX ledger_created ON ledger (created_at);

-- All-time figures of /stats, per order state: how many orders, the revenue kept (price less
-- refunds) and what the panel kept, of orders that reached the panel (a canceled or failed one
-- costs nothing). Kept by the triggers below in the transaction of every write to orders, so
-- /stats reads nine rows instead of every order. Same sums as OrderRepo.money_totals read.
CREATE TABLE order_totals (
    state    TEXT PRIMARY KEY,
    orders   INTEGER NOT NULL DEFAULT 0,
    revenue  INTEGER NOT NULL DEFAULT 0,
    cost     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO order_totals (state)
VALUES ('submitting'), ('pending'), ('in_progress'), ('processing'), ('completed'), ('partial'),
       ('canceled'), ('unknown'), ('failed');
-- One pass over the orders a shop already has (WHERE true: an upsert after a SELECT needs it).
INSERT INTO order_totals (state, orders, revenue, cost)
SELECT state, count(*),
       coalesce(sum(iif(panel_order_id IS NULL, 0, price - refunded)), 0),
       coalesce(sum(iif(panel_order_id IS NULL OR state IN ('canceled', 'failed'), 0,
                        coalesce(panel_charge, 0))), 0)
FROM orders WHERE true GROUP BY state
ON CONFLICT (state) DO UPDATE SET
    orders = excluded.orders, revenue = excluded.revenue, cost = excluded.cost;

CREATE TRIGGER order_totals_insert AFTER INSERT ON orders
BEGIN
    UPDATE order_totals SET
        orders = orders + 1,
        revenue = revenue + iif(NEW.panel_order_id IS NULL, 0, NEW.price - NEW.refunded),
        cost = cost + iif(NEW.panel_order_id IS NULL OR NEW.state IN ('canceled', 'failed'),
                          0, coalesce(NEW.panel_charge, 0))
    WHERE state = NEW.state;
END;

CREATE TRIGGER order_totals_delete AFTER DELETE ON orders
BEGIN
    UPDATE order_totals SET
        orders = orders - 1,
        revenue = revenue - iif(OLD.panel_order_id IS NULL, 0, OLD.price - OLD.refunded),
        cost = cost - iif(OLD.panel_order_id IS NULL OR OLD.state IN ('canceled', 'failed'),
                          0, coalesce(OLD.panel_charge, 0))
    WHERE state = OLD.state;
END;

CREATE TRIGGER order_totals_update
AFTER UPDATE OF state, price, refunded, panel_order_id, panel_charge ON orders
WHEN OLD.state IS NOT NEW.state OR OLD.price IS NOT NEW.price
  OR OLD.refunded IS NOT NEW.refunded OR OLD.panel_order_id IS NOT NEW.panel_order_id
  OR OLD.panel_charge IS NOT NEW.panel_charge
BEGIN
    UPDATE order_totals SET
        orders = orders - 1,
        revenue = revenue - iif(OLD.panel_order_id IS NULL, 0, OLD.price - OLD.refunded),
        cost = cost - iif(OLD.panel_order_id IS NULL OR OLD.state IN ('canceled', 'failed'),
                          0, coalesce(OLD.panel_charge, 0))
    WHERE state = OLD.state;
    UPDATE order_totals SET
        orders = orders + 1,
        revenue = revenue + iif(NEW.panel_order_id IS NULL, 0, NEW.price - NEW.refunded),
        cost = cost + iif(NEW.panel_order_id IS NULL OR NEW.state IN ('canceled', 'failed'),
                          0, coalesce(NEW.panel_charge, 0))
    WHERE state = NEW.state;
END;

-- Top-ups by payment method for /stats (count of top-ups, net amount after reversals), kept
-- the same way from the ledger, whose rows are only ever added.
CREATE TABLE ledger_method_totals (
    method   TEXT PRIMARY KEY,
    topups   INTEGER NOT NULL DEFAULT 0,
    net      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO ledger_method_totals (method, topups, net)
SELECT method, sum(kind = 'topup'), sum(amount) FROM ledger
WHERE method IS NOT NULL GROUP BY method;

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
