-- Customers top up their own wallets: Telegram Stars, Crypto Bot invoices, transfers with a
-- receipt that an admin approves. One row per attempt; money moves only through the ledger.
CREATE TABLE topups (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    method         TEXT    NOT NULL CHECK (method IN ('stars', 'cryptobot', 'manual')),
    amount         INTEGER NOT NULL CHECK (amount > 0),   -- minor units credited when paid
    state          TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN (
                       'pending', 'paid', 'rejected', 'expired', 'failed', 'refunded')),
    secret         TEXT,                -- Stars: the random part of the invoice payload
    stars          INTEGER,             -- Stars: the price of the invoice
    reference      TEXT,                -- Stars charge id / Crypto Pay invoice id, once known
    pay_url        TEXT,                -- Crypto Pay: where the customer pays
    receipt_kind   TEXT CHECK (receipt_kind IN ('photo', 'document', 'text')),
    receipt_file   TEXT,                -- file_id of the photo or document
    receipt_text   TEXT,                -- the text reference, or the caption
    resume         INTEGER NOT NULL DEFAULT 0,  -- started from an order lacking funds
    decided_by     INTEGER,             -- the admin who approved or rejected a receipt
    decided_name   TEXT,
    reason         TEXT,                -- why a receipt was rejected, or a payment refused
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER,
    decided_at     INTEGER
);
CREATE INDEX topups_user ON topups (user_id, state);
CREATE INDEX topups_open ON topups (method, state) WHERE state = 'pending';
-- A provider's reference is credited at most once: a Stars charge, a Crypto Pay invoice.
CREATE UNIQUE INDEX topups_reference ON topups (method, reference) WHERE reference IS NOT NULL;

-- The copies of a receipt sent to admins, so that a decision shows on every one of them.
CREATE TABLE topup_copies (
    topup_id    INTEGER NOT NULL REFERENCES topups (id),
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    PRIMARY KEY (topup_id, chat_id, message_id)
);

-- Every ledger entry of a top-up names its method and the provider's reference.
ALTER TABLE ledger ADD COLUMN method TEXT;
ALTER TABLE ledger ADD COLUMN reference TEXT;
CREATE UNIQUE INDEX ledger_one_topup_per_reference ON ledger (method, reference)
    WHERE kind = 'topup' AND reference IS NOT NULL;
