-- Conversation state (aiogram FSM) kept beside the ledger, so a half-filled order form survives
-- a restart. One row per key from aiogram's DefaultKeyBuilder; a row with neither a state nor
-- data is deleted, so the table holds only conversations in progress.
CREATE TABLE fsm_states (
    key         TEXT PRIMARY KEY,
    state       TEXT,
    data        TEXT,                                -- JSON object, NULL when empty
    updated_at  INTEGER NOT NULL
);
