-- Things that happened to a certificate (or to an account) that are not notices and not intent
-- changes: truth-check findings, alerts sent, imports. The timeline route merges these with
-- notices, intent history and computed status events.
CREATE TABLE timeline_events (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  certificate_id TEXT,
  occurred_at TEXT NOT NULL,
  type TEXT NOT NULL,
  summary TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX timeline_events_by_certificate
  ON timeline_events (account_id, certificate_id, occurred_at);
