-- A shop open for years (issue 21, item 8: benchmarks/bigshop, 1,000,000 orders and 2,000,000
-- ledger rows): the reads behind the admin's screens and the status sync, off indexes.
-- The status sync's open orders in id order: only the open ones are read, not every order.
CREATE INDEX orders_open_by_id ON orders (id)
    WHERE state IN ('pending', 'in_progress', 'processing') AND panel_order_id IS NOT NULL;
-- Open refills for the refill sync.
CREATE INDEX refills_open ON refills (id)
    WHERE state IN ('pending', 'in_progress') AND panel_refill_id IS NOT NULL;
-- /export of a period: the ledger since a time (orders have orders_created).
CREATE INDEX ledger_created ON ledger (created_at);
