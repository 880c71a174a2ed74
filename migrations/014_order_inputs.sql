-- The order form as data (issue 21): an order's answers, by key, as the form took them (JSON:
-- {"link": "...", "quantity": 1000, "runs": 3, ...}). A service type's description
-- (bot/domain/service_types.py) says which answers it takes, so a new type needs no column of
-- its own. The columns link .. answer_number stay filled for the types that have them (lists,
-- exports and admin screens read them); orders placed before this have '{}' and are read from
-- those columns.
ALTER TABLE orders ADD COLUMN inputs TEXT NOT NULL DEFAULT '{}';
