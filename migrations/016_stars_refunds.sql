-- Stars refunds (issue 22).
--
-- One /refund_stars attempt in flight per charge. An attempt claims its row in the transaction
-- of its debit: refund_attempt is bumped (the attempt's number) and refund_claimed_at set. Only
-- the attempt holding the claim may settle the row or give the money back, and it clears the
-- claim once Telegram has answered; any other /refund_stars meanwhile is told a refund is in
-- progress. A claim older than the lease (bot/services/stars_topups.py) is left by a process that
-- stopped while it waited for Telegram, and may be taken over.
ALTER TABLE topups ADD COLUMN refund_attempt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE topups ADD COLUMN refund_claimed_at INTEGER;

-- A Stars payment refunded outside the bot (a `refunded_payment` message): its credit is taken
-- back out of the wallet as far as the balance covers it; the rest is recorded here, owed by the
-- customer (minor units), and shown to admins.
ALTER TABLE topups ADD COLUMN owed INTEGER NOT NULL DEFAULT 0 CHECK (owed >= 0);
