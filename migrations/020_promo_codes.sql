-- Promo codes (issue 24): an admin's code gives a customer a bonus at once, a bonus on their
-- next top-up, or a discount on their next order. Every amount is in minor units.
--   kind 'bonus'     amount credited at once (a ledger entry of kind 'bonus' naming the code);
--   kind 'deposit'   percent of the next top-up of at least min_topup, credited with it;
--   kind 'discount'  percent off the next order (the order's price is what was paid).
-- uses counts the customers who took the code (at most max_uses; NULL: no limit); expires_at
-- NULL: never; active 0: stopped by /promo off.
CREATE TABLE promo_codes (
    code        TEXT    PRIMARY KEY,                  -- upper case, A-Z0-9_-, 3-32 characters
    kind        TEXT    NOT NULL CHECK (kind IN ('bonus', 'deposit', 'discount')),
    amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    percent     INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    min_topup   INTEGER NOT NULL DEFAULT 0 CHECK (min_topup >= 0),
    max_uses    INTEGER CHECK (max_uses > 0),
    uses        INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0),
    expires_at  INTEGER,
    active      INTEGER NOT NULL DEFAULT 1,
    created_by  INTEGER,
    created_at  INTEGER NOT NULL,
    CHECK (max_uses IS NULL OR uses <= max_uses)
);

-- One row per customer and code (the unique key: two presses at once take a code once).
-- A bonus is 'applied' at once; a deposit bonus or a discount waits 'pending' until the
-- customer's next top-up or order, which it names (topup_id, order_id), with what it gave
-- (amount: the bonus credited or the discount taken off the list price).
CREATE TABLE promo_redemptions (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL REFERENCES promo_codes (code),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    state       TEXT    NOT NULL CHECK (state IN ('pending', 'applied')),
    amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    order_id    INTEGER REFERENCES orders (id),
    topup_id    INTEGER REFERENCES topups (id),
    list_price  INTEGER,                              -- a discounted order's undiscounted price
    created_at  INTEGER NOT NULL,
    applied_at  INTEGER,
    UNIQUE (code, user_id)
);
CREATE INDEX promo_redemptions_pending ON promo_redemptions (user_id) WHERE state = 'pending';
CREATE UNIQUE INDEX promo_redemptions_one_per_order ON promo_redemptions (order_id)
    WHERE order_id IS NOT NULL;
