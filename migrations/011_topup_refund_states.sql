-- A Stars refund whose outcome is unknown (a network error or a 5xx from Telegram) is kept as
-- 'refund_unknown': the debit stands, and /refund_stars asks Telegram again without a second
-- debit. SQLite cannot change a CHECK in place: the table is rebuilt with the same columns and
-- indexes. topup_copies, which refers to it, is set aside and put back around the rebuild.
CREATE TEMP TABLE topup_copies_kept AS SELECT * FROM topup_copies;
DROP TABLE topup_copies;

CREATE TABLE topups_new (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    method         TEXT    NOT NULL CHECK (method IN ('stars', 'cryptobot', 'manual')),
    amount         INTEGER NOT NULL CHECK (amount > 0),   -- minor units credited when paid
    state          TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN (
                       'pending', 'paid', 'rejected', 'expired', 'failed', 'refunded',
                       'refund_unknown')),
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
INSERT INTO topups_new SELECT * FROM topups;
DROP TABLE topups;
ALTER TABLE topups_new RENAME TO topups;
CREATE INDEX topups_user ON topups (user_id, state);
CREATE INDEX topups_open ON topups (method, state) WHERE state = 'pending';
CREATE UNIQUE INDEX topups_reference ON topups (method, reference) WHERE reference IS NOT NULL;

CREATE TABLE topup_copies (
    topup_id    INTEGER NOT NULL REFERENCES topups (id),
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    PRIMARY KEY (topup_id, chat_id, message_id)
);
INSERT INTO topup_copies SELECT topup_id, chat_id, message_id FROM topup_copies_kept;
DROP TABLE topup_copies_kept;
