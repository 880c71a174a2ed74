-- The ledger, the catalogue, orders, refills and the notification outbox.
-- Money is stored as integers of minor units: 1 unit = 0.00001 (five decimals, the panel's
-- precision). See bot/domain/money.py.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,            -- Telegram user id
    username      TEXT,
    full_name     TEXT    NOT NULL DEFAULT '',
    language      TEXT,
    balance       INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
    is_banned     INTEGER NOT NULL DEFAULT 0,
    ban_notified  INTEGER NOT NULL DEFAULT 0,
    blocked_bot   INTEGER NOT NULL DEFAULT 0,     -- 403 from Telegram: stop writing to them
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);
CREATE INDEX users_username ON users (lower(username));

CREATE TABLE categories (
    id              INTEGER PRIMARY KEY,          -- stable small id, used in callback data
    name            TEXT    NOT NULL UNIQUE,      -- the panel's category text, as given
    position        INTEGER NOT NULL DEFAULT 0,   -- order of first appearance in the panel list
    is_hidden       INTEGER NOT NULL DEFAULT 0,
    markup_percent  TEXT,                         -- Decimal text; NULL: inherit the global one
    present         INTEGER NOT NULL DEFAULT 1    -- present in the last fetched catalogue
);

CREATE TABLE services (
    id              INTEGER PRIMARY KEY,          -- the panel's service id
    category_id     INTEGER NOT NULL REFERENCES categories (id),
    name            TEXT    NOT NULL,
    type            TEXT    NOT NULL,             -- the panel's type text, as given
    rate            INTEGER NOT NULL,             -- panel price per 1000, minor units
    min_quantity    INTEGER NOT NULL,
    max_quantity    INTEGER NOT NULL,
    refill          INTEGER NOT NULL DEFAULT 0,
    cancel          INTEGER NOT NULL DEFAULT 0,
    dripfeed        INTEGER NOT NULL DEFAULT 0,
    description     TEXT,
    position        INTEGER NOT NULL DEFAULT 0,
    is_hidden       INTEGER NOT NULL DEFAULT 0,
    markup_percent  TEXT,
    present         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX services_category ON services (category_id, position);

-- Small key/value facts: global markup override, catalogue refresh time, last sync result.
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    service_id       INTEGER NOT NULL,            -- panel service id (no FK: services come and go)
    service_name     TEXT    NOT NULL,            -- snapshot at order time
    service_type     TEXT    NOT NULL,
    link             TEXT    NOT NULL,
    quantity         INTEGER NOT NULL,            -- total units ordered (runs included)
    runs             INTEGER,
    interval_minutes INTEGER,
    comments         TEXT,
    username         TEXT,
    answer_number    INTEGER,
    price            INTEGER NOT NULL CHECK (price >= 0),  -- charged to the customer
    state            TEXT    NOT NULL CHECK (state IN (
                         'submitting', 'pending', 'in_progress', 'processing',
                         'completed', 'partial', 'canceled', 'unknown', 'failed')),
    status_raw       TEXT,                        -- the panel's status text, as given
    panel_order_id   INTEGER UNIQUE,
    panel_charge     INTEGER,                     -- what the panel charged us, minor units
    panel_currency   TEXT,
    start_count      INTEGER,
    remains          INTEGER,
    refunded         INTEGER NOT NULL DEFAULT 0,  -- minor units refunded (mirror of the ledger)
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    error            TEXT,                        -- panel's refusal text (admins only)
    confirm_token    TEXT    NOT NULL UNIQUE,     -- makes Confirm idempotent
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX orders_user ON orders (user_id, id DESC);
CREATE INDEX orders_open ON orders (state) WHERE state IN ('pending', 'in_progress', 'processing');

-- Every movement of a customer's money. users.balance == SUM(ledger.amount) per user.
CREATE TABLE ledger (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),  -- signed minor units
    kind        TEXT    NOT NULL CHECK (kind IN (
                    'topup', 'order', 'refund', 'admin_credit', 'admin_debit')),
    order_id    INTEGER REFERENCES orders (id),
    admin_id    INTEGER,
    note        TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX ledger_user ON ledger (user_id, id);
-- One debit and at most one refund per order, whatever races happen above.
CREATE UNIQUE INDEX ledger_one_debit_per_order ON ledger (order_id) WHERE kind = 'order';
CREATE UNIQUE INDEX ledger_one_refund_per_order ON ledger (order_id) WHERE kind = 'refund';

CREATE TABLE refills (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders (id),
    panel_refill_id TEXT,
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN (
                        'pending', 'in_progress', 'completed', 'rejected', 'failed')),
    status_raw      TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX refills_order ON refills (order_id);

CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY,
    admin_id     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    total        INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    finished_at  INTEGER
);

-- Messages waiting for delivery; written in the same transaction as the change behind them.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    chat_id         INTEGER NOT NULL,
    text            TEXT    NOT NULL,              -- HTML, already escaped
    reply_markup    TEXT,                          -- JSON of an InlineKeyboardMarkup, or NULL
    kind            TEXT    NOT NULL DEFAULT 'notice',
    broadcast_id    INTEGER REFERENCES broadcasts (id),
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN (
                        'pending', 'sending', 'sent', 'blocked', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
CREATE INDEX outbox_broadcast ON outbox (broadcast_id, state);

-- Named leases so that one process at a time runs a periodic job (status sync).
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
);

-- Admin alerts raised once per incident: a key is inserted when it starts, removed when it ends.
CREATE TABLE alerts (
    key         TEXT PRIMARY KEY,
    created_at  INTEGER NOT NULL
);
