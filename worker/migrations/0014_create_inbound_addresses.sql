-- Email Routing addresses that deliver notices into an account.
CREATE TABLE inbound_addresses (
  address TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);

CREATE INDEX inbound_addresses_by_account ON inbound_addresses (account_id);
