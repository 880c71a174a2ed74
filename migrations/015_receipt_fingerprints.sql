-- Transfer receipts remember what they showed, so one transfer sent twice (the same screenshot,
-- the same reference typed again, by the same customer or another) is pointed out to the admins
-- before it is credited a second time.
--   receipt_file_unique: Telegram's file_unique_id of the photo (its largest size) or document,
--                        the same for the same file whoever sends it (file_id is not);
--   receipt_reference:   the reference text (or caption) as compared, normalised by
--                        bot.payments.receipts.normalised_reference;
--   again_of:            the rejected receipt this one was sent in place of (its customer pressed
--                        "Send another receipt"); one replacement per rejected receipt.
-- Receipts recorded before this migration have neither fingerprint and are never matched.
ALTER TABLE topups ADD COLUMN receipt_file_unique TEXT;
ALTER TABLE topups ADD COLUMN receipt_reference TEXT;
ALTER TABLE topups ADD COLUMN again_of INTEGER REFERENCES topups (id);
CREATE INDEX topups_receipt_file ON topups (receipt_file_unique)
    WHERE receipt_file_unique IS NOT NULL;
CREATE INDEX topups_receipt_reference ON topups (receipt_reference)
    WHERE receipt_reference IS NOT NULL;
CREATE UNIQUE INDEX topups_again_once ON topups (again_of) WHERE again_of IS NOT NULL;
