-- Bearer tokens of an account. Only the SHA-256 of a token is stored; revoked tokens are kept
-- (revoked_at set) so the list shows what existed and when it stopped working.
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);

CREATE INDEX api_tokens_account ON api_tokens(account_id);
