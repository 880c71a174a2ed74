-- foreign_keys: off
-- Issue 23: several panels, and a catalogue that is the shop's own.
-- (The line above makes the runner apply this file with foreign keys off, as SQLite's
-- documented table rebuild requires, and check every reference before it commits.)
--
-- Panels are numbered as the settings number them: 1 is PANEL_API_URL, 2 is PANEL_2_API_URL,
-- and so on. Before this migration there was one panel, so every row is panel 1.

-- Services: `id` stays the shop's own number, shown to customers and admins and taken by
-- every admin command. A service now also names its panel and the panel's own service id;
-- the rows already stored keep their number, which was the first panel's id.
ALTER TABLE services ADD COLUMN panel INTEGER NOT NULL DEFAULT 1;
ALTER TABLE services ADD COLUMN panel_service_id INTEGER NOT NULL DEFAULT 0;
UPDATE services SET panel_service_id = id;
CREATE UNIQUE INDEX services_panel_ref ON services (panel, panel_service_id);
-- The admin's order within a category: lower first; 0 for all means cheapest first.
ALTER TABLE services ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
CREATE INDEX services_listed_by_price ON services (category_id, rank, rate, id)
WHERE present = 1 AND is_hidden = 0 AND supported = 1;

-- Categories: the platform a category belongs to (Instagram, TikTok, ...), detected from its
-- name when first seen; NULL until then. An admin's choice is kept by every refresh.
ALTER TABLE categories ADD COLUMN platform TEXT;
ALTER TABLE categories ADD COLUMN platform_by_admin INTEGER NOT NULL DEFAULT 0;
CREATE INDEX categories_platform ON categories (platform, position, id)
WHERE service_count > 0 AND is_hidden = 0;

-- The shop's own names and descriptions, per language (a refresh never writes here).
CREATE TABLE service_texts (
    service_id   INTEGER NOT NULL REFERENCES services (id),
    lang         TEXT    NOT NULL,
    name         TEXT,
    description  TEXT,
    PRIMARY KEY (service_id, lang)
) WITHOUT ROWID;

CREATE TABLE category_texts (
    category_id  INTEGER NOT NULL REFERENCES categories (id),
    lang         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    PRIMARY KEY (category_id, lang)
) WITHOUT ROWID;

-- A service's alternatives on other panels, tried in `position` order when its panel refuses
-- an order outright.
CREATE TABLE service_alternatives (
    service_id      INTEGER NOT NULL REFERENCES services (id),
    alternative_id  INTEGER NOT NULL REFERENCES services (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (service_id, alternative_id),
    CHECK (service_id <> alternative_id)
) WITHOUT ROWID;

-- Orders: each remembers the panel it went to and that panel's service id; a panel order id
-- is unique per panel only (two panels may both have an order 1001). SQLite cannot drop a
-- UNIQUE in place: the table is rebuilt with the same rows, indexes and triggers. The totals'
-- triggers are dropped first so that the rebuild does not touch order_totals.
DROP TRIGGER order_totals_insert;
DROP TRIGGER order_totals_delete;
DROP TRIGGER order_totals_update;

CREATE TABLE orders_new (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users (id),
    service_id        INTEGER NOT NULL,            -- the shop's service number ordered
    service_name      TEXT    NOT NULL,            -- snapshot at order time
    service_type      TEXT    NOT NULL,
    link              TEXT    NOT NULL,
    quantity          INTEGER NOT NULL,            -- total units ordered (runs included)
    runs              INTEGER,
    interval_minutes  INTEGER,
    comments          TEXT,
    username          TEXT,
    answer_number     INTEGER,
    price             INTEGER NOT NULL CHECK (price >= 0),  -- charged to the customer
    state             TEXT    NOT NULL CHECK (state IN (
                          'submitting', 'pending', 'in_progress', 'processing',
                          'completed', 'partial', 'canceled', 'unknown', 'failed')),
    status_raw        TEXT,                        -- the panel's status text, as given
    panel_order_id    INTEGER,
    panel_charge      INTEGER,                     -- what the panel charged us, minor units
    panel_currency    TEXT,
    start_count       INTEGER,
    remains           INTEGER,
    refunded          INTEGER NOT NULL DEFAULT 0,  -- minor units refunded (mirror of the ledger)
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    error             TEXT,                        -- panel's refusal text (admins only)
    confirm_token     TEXT    NOT NULL UNIQUE,     -- makes Confirm idempotent
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    inputs            TEXT    NOT NULL DEFAULT '{}',
    panel             INTEGER NOT NULL DEFAULT 1,  -- the panel it went to (or is going to)
    panel_service_id  INTEGER,                     -- that panel's service id
    placed_service_id INTEGER,                     -- the shop's service that took it, when an
                                                   -- alternative did; NULL: service_id
    UNIQUE (panel, panel_order_id)
);
INSERT INTO orders_new (id, user_id, service_id, service_name, service_type, link, quantity,
                        runs, interval_minutes, comments, username, answer_number, price,
                        state, status_raw, panel_order_id, panel_charge, panel_currency,
                        start_count, remains, refunded, cancel_requested, error,
                        confirm_token, created_at, updated_at, inputs, panel, panel_service_id)
SELECT id, user_id, service_id, service_name, service_type, link, quantity, runs,
       interval_minutes, comments, username, answer_number, price, state, status_raw,
       panel_order_id, panel_charge, panel_currency, start_count, remains, refunded,
       cancel_requested, error, confirm_token, created_at, updated_at, inputs, 1, service_id
FROM orders;
DROP TABLE orders;
ALTER TABLE orders_new RENAME TO orders;

CREATE INDEX orders_user ON orders (user_id, id DESC);
CREATE INDEX orders_open ON orders (state) WHERE state IN ('pending', 'in_progress', 'processing');
CREATE INDEX orders_open_by_id ON orders (id)
    WHERE state IN ('pending', 'in_progress', 'processing') AND panel_order_id IS NOT NULL;
-- Status sync reads each panel's open orders in id order, 100 at a time.
CREATE INDEX orders_open_by_panel ON orders (panel, id)
    WHERE state IN ('pending', 'in_progress', 'processing') AND panel_order_id IS NOT NULL;
CREATE INDEX orders_created_state ON orders (created_at, state);
-- "Popular": the services ordered most in the last 30 days.
CREATE INDEX orders_created_service ON orders (created_at, service_id);

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
