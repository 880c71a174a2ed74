-- Issue 23: /import catalogue. A CSV read and checked is kept here until the admin taps
-- Apply or Cancel on its preview (a file of thousands of rows does not fit in a button or in
-- the conversation's data). `changes` is JSON: the changes to write, as the preview listed them.
CREATE TABLE catalogue_imports (
    id          INTEGER PRIMARY KEY,
    admin_id    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    changes     TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'applying', 'applied', 'canceled'))
);
