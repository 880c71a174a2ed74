-- When a sender claimed a message (pending -> sending). Only claims older than a send can take
-- are released, so a process starting beside a live one does not resend what it is sending.
ALTER TABLE outbox ADD COLUMN claimed_at INTEGER;
