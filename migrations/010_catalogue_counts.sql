-- Catalogue speed (issue 11): pages read stored counts and a partial index, never a scan.
-- `supported`: the service's type is one the bot can order (set by the refresh from the code's
-- list of kinds; the value below is that list at the time of this migration).
ALTER TABLE services ADD COLUMN supported INTEGER NOT NULL DEFAULT 0;
UPDATE services SET supported = lower(trim(type)) IN
    ('default', 'package', 'custom comments', 'comment likes', 'poll');

-- Per category, its services a customer may see (present, not hidden, supported), kept right
-- by the triggers below on every write to services (refresh, admin hide), so a page never counts.
ALTER TABLE categories ADD COLUMN service_count INTEGER NOT NULL DEFAULT 0;
UPDATE categories SET service_count = (
    SELECT count(*) FROM services s
    WHERE s.category_id = categories.id AND s.present = 1 AND s.is_hidden = 0 AND s.supported = 1
);

CREATE TRIGGER services_count_insert AFTER INSERT ON services
WHEN NEW.present = 1 AND NEW.is_hidden = 0 AND NEW.supported = 1
BEGIN
    UPDATE categories SET service_count = service_count + 1 WHERE id = NEW.category_id;
END;

CREATE TRIGGER services_count_delete AFTER DELETE ON services
WHEN OLD.present = 1 AND OLD.is_hidden = 0 AND OLD.supported = 1
BEGIN
    UPDATE categories SET service_count = service_count - 1 WHERE id = OLD.category_id;
END;

CREATE TRIGGER services_count_update AFTER UPDATE OF present, is_hidden, supported, category_id
ON services
WHEN (OLD.present = 1 AND OLD.is_hidden = 0 AND OLD.supported = 1)
     IS NOT (NEW.present = 1 AND NEW.is_hidden = 0 AND NEW.supported = 1)
  OR OLD.category_id IS NOT NEW.category_id
BEGIN
    UPDATE categories SET service_count = service_count - 1
    WHERE id = OLD.category_id AND OLD.present = 1 AND OLD.is_hidden = 0 AND OLD.supported = 1;
    UPDATE categories SET service_count = service_count + 1
    WHERE id = NEW.category_id AND NEW.present = 1 AND NEW.is_hidden = 0 AND NEW.supported = 1;
END;

-- A category's page: its visible services in panel order, straight off this index.
CREATE INDEX services_listed ON services (category_id, position, id)
WHERE present = 1 AND is_hidden = 0 AND supported = 1;
