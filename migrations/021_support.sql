-- Conversations with the shop (issue 25).
--
-- One conversation per customer (user_id is unique): it is open while it waits for the shop,
-- closed by an admin, and open again (opened_at the moment it reopened, so /tickets lists the
-- longest waiting first) when the customer writes again. order_id: the order the customer last
-- asked about; last_message_id: the customer's last message in their chat (copied again under
-- a card opened from /tickets). answered_*: the last admin who answered since the customer's
-- last message, and when; closed_*: who closed it.
CREATE TABLE support_tickets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE,
    order_id INTEGER,
    last_message_id INTEGER,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    opened_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    answered_by INTEGER,
    answered_name TEXT,
    answered_at INTEGER,
    closed_name TEXT,
    closed_at INTEGER
);
CREATE INDEX support_tickets_open ON support_tickets (state, opened_at, id);

-- Every admin's copy of a customer's message (the card with Reply / Close), so that all of them
-- can be edited when someone answers or closes. current = 0: a card of an earlier message of
-- the same conversation, left as it was.
CREATE TABLE support_copies (
    ticket_id INTEGER NOT NULL REFERENCES support_tickets (id),
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    current INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (ticket_id, chat_id, message_id)
);
