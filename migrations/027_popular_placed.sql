-- "Popular" counts the orders a panel took (a refused or unanswered one is no sign of a
-- service customers like): the last 30 days of placed orders, read off this partial index.
DROP INDEX orders_created_service;
CREATE INDEX orders_created_placed ON orders (created_at, service_id)
WHERE panel_order_id IS NOT NULL;
-- Status sync reads each panel's open orders along orders_open_by_panel (migration 026);
-- nothing reads the one of all panels any more, and every order write kept it up to date.
DROP INDEX orders_open_by_id;
