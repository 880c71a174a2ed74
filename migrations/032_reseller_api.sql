-- Issue 26: the shop's own API v2 for resellers.
--
-- One key per customer, stored as the SHA-256 of the key (hex): the key itself is shown once
-- and never kept. `key_hash` NULL: the customer turned the API off (or never had it on).
-- `blocked`: an admin turned the customer's API off; the customer cannot turn it on again.
-- `notices`: status notices in Telegram for orders placed through the API (off by default:
-- the reseller's own software follows them).
CREATE TABLE api_keys (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id),
    key_hash    TEXT UNIQUE,
    notices     INTEGER NOT NULL DEFAULT 0,
    blocked     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Orders placed through the API (marked "API" in My orders, counted apart in /stats).
ALTER TABLE orders ADD COLUMN via_api INTEGER NOT NULL DEFAULT 0;
CREATE INDEX orders_via_api ON orders (created_at) WHERE via_api = 1;
