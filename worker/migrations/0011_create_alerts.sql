-- One row per thing worth telling the account. The dedupe key makes enqueueing idempotent:
-- the daily cron may run twice, or with a changed clock, and still alert once per threshold.
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  certificate_id TEXT,
  type TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  title TEXT NOT NULL,
  message TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  UNIQUE (account_id, dedupe_key)
);

CREATE INDEX alerts_by_account_created ON alerts (account_id, created_at);

-- Delivery of an alert to one channel. A failed attempt stays 'failed' with its error and is
-- tried again on the next run until it is delivered or gives up after max attempts.
CREATE TABLE alert_deliveries (
  alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('delivered', 'failed', 'abandoned')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  PRIMARY KEY (alert_id, channel)
);

CREATE INDEX alert_deliveries_by_status ON alert_deliveries (account_id, status);
