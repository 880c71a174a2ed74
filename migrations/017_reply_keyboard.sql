-- The reply keyboard's message (issue 27, item 7).
--
-- The keyboard under the typing field stays there once sent, so it is sent once per customer, not
-- on every /start: again only when its words change (another language, or the Admin button added
-- or taken away as ADMIN_IDS changes) or, on /start, when it was sent more than 30 days ago.
-- reply_keyboard is the variant last sent (bot/domain/reply_keyboard.py: "en", "ar+admin"; NULL:
-- never recorded, as for every customer before this migration), reply_keyboard_at when (Unix
-- seconds; 0: never).
ALTER TABLE users ADD COLUMN reply_keyboard TEXT;
ALTER TABLE users ADD COLUMN reply_keyboard_at INTEGER NOT NULL DEFAULT 0;
