-- DKIM public keys looked up over DNS-over-HTTPS, kept for the record's TTL (bounded) so a burst
-- of mail from one sender costs one lookup. records is a JSON array of the name's TXT texts ([] for none).
CREATE TABLE dkim_key_cache (
  name TEXT PRIMARY KEY,
  records TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
