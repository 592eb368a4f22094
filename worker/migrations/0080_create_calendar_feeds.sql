-- Secret calendar feed URLs (/api/calendar/<secret>.ics): only the secret's SHA-256 is kept.
CREATE TABLE calendar_feeds (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX calendar_feeds_by_account ON calendar_feeds (account_id);
