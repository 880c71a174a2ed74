-- Broadcasts are drafted (previewed), then queued into the outbox in chunks, then tracked until
-- every message is delivered, blocked or failed. `cursor` is the last user id queued, moved in the
-- same transaction as each chunk's outbox rows, so a restart resumes queueing without sending
-- anyone the message twice.
ALTER TABLE broadcasts ADD COLUMN state TEXT NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'sending', 'done', 'cancelled'));
ALTER TABLE broadcasts ADD COLUMN cursor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN queued_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN chat_id INTEGER;      -- where the progress message is
ALTER TABLE broadcasts ADD COLUMN message_id INTEGER;
CREATE INDEX broadcasts_open ON broadcasts (state) WHERE state = 'sending';

-- Admin reads: orders counted since a time (/stats), an order's ledger entries (/order).
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX ledger_order ON ledger (order_id) WHERE order_id IS NOT NULL;
