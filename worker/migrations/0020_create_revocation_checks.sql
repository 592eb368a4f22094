-- Every revocation check the Worker made (on demand, for a notice, or weekly by the cron).
CREATE TABLE revocation_checks (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  certificate_id TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('good', 'revoked', 'unknown')),
  source TEXT NOT NULL CHECK (source IN ('crl', 'ocsp')),
  revoked_at TEXT,
  reason TEXT,
  detail TEXT NOT NULL,
  url TEXT,
  published_at TEXT
);

CREATE INDEX revocation_checks_by_certificate ON revocation_checks (account_id, certificate_id, checked_at);
