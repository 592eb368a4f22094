-- Deliveries go through Cloudflare Queues: a row is 'queued' when its message is sent, then
-- 'failed' (the queue retries it), 'delivered', or 'abandoned' once the dead-letter queue has it.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the same columns.
CREATE TABLE alert_deliveries_next (
  alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'delivered', 'failed', 'abandoned')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  PRIMARY KEY (alert_id, channel)
);
INSERT INTO alert_deliveries_next SELECT alert_id, account_id, channel, status, attempts, last_attempt_at, last_error, delivered_at
  FROM alert_deliveries;
DROP TABLE alert_deliveries;
ALTER TABLE alert_deliveries_next RENAME TO alert_deliveries;
CREATE INDEX alert_deliveries_by_status ON alert_deliveries (account_id, status);
