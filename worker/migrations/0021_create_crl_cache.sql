-- CRLs kept until their nextUpdate, so a CA's large CRL is fetched once for all checks.
-- The DER is split into chunks because a D1 value holds at most 2 MB.
CREATE TABLE crl_cache (
  url TEXT PRIMARY KEY,
  this_update TEXT NOT NULL,
  next_update TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  chunk_count INTEGER NOT NULL
);

CREATE TABLE crl_cache_chunks (
  url TEXT NOT NULL,
  seq INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (url, seq)
);
