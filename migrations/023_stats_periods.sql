-- /stats of a period (issue 25): today, 7 days, 30 days, all time. Every figure of a period is
-- read off an index, never a walk over every user or every ledger row of a big shop.

-- New customers since a time: the users who arrived since then, off the index alone.
CREATE INDEX users_created ON users (created_at);
-- Top-ups by method since a time (count and net after reversals): only the ledger rows with a
-- method, with all the figures in the index (no row read).
CREATE INDEX ledger_method_created ON ledger (created_at, method, kind, amount)
    WHERE method IS NOT NULL;
-- Commissions and bonuses paid, of a period or of all time: few rows, each in the index.
CREATE INDEX ledger_rewards ON ledger (kind, created_at, amount)
    WHERE kind IN ('commission', 'bonus');
