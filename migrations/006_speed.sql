-- Speed (issue 11) and claims of a dead process (issue 12, defect 14).
-- Who claimed an outbox row: "host:pid:start-time" of the sending process, so that the next
-- start releases at once the claims of a process that is gone (instead of after 300 s).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
-- The fair outbox takes each chat's oldest due message: pending rows by chat.
CREATE INDEX outbox_pending_chat ON outbox (chat_id, id) WHERE state = 'pending';
