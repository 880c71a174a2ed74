-- Invite links (issue 24): who brought a customer to the shop, tied at their first contact and
-- never changed. The inviter earns a commission on the invited customer's orders (ledger kind
-- 'commission', one per order: migrations/018). NULL: came on their own.
ALTER TABLE users ADD COLUMN invited_by INTEGER REFERENCES users (id);
CREATE INDEX users_invited_by ON users (invited_by) WHERE invited_by IS NOT NULL;
