-- Languages (issue 14).
-- users.language held Telegram's language_code as last seen ("en-US", "pt-br", NULL). It is now
-- the customer's language: one of the supported codes, picked from Telegram's code on first
-- contact and changed only by the customer (/language). Codes we do not ship become NULL, which
-- reads as the shop's DEFAULT_LANGUAGE.
UPDATE users SET language = CASE
    WHEN lower(substr(language, 1, 2)) IN ('en', 'ar', 'fa', 'ru', 'tr', 'uz')
        AND (length(language) = 2 OR substr(language, 3, 1) IN ('-', '_'))
    THEN lower(substr(language, 1, 2))
    ELSE NULL
END;

-- A notice is stored as what happened (a message key and its arguments, JSON: bot/domain/notices.py)
-- and rendered in the recipient's language when it is sent; `text` stays for messages written
-- by a person (broadcasts) and is '' for notices.
ALTER TABLE outbox ADD COLUMN notice TEXT;
