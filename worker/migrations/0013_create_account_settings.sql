-- Per-account alerting and inbound-mail settings. No row means the defaults.
CREATE TABLE account_settings (
  account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  -- JSON array of day counts before expiry for renew reminders, e.g. [30,14,7,3,1].
  expiry_thresholds TEXT NOT NULL DEFAULT '[30,14,7,3,1]',
  webhook_url TEXT,
  webhook_format TEXT NOT NULL DEFAULT 'json' CHECK (webhook_format IN ('json', 'slack')),
  webhook_secret TEXT,
  alert_email_to TEXT,
  -- Inbound mail that is neither misleading nor spoofed is forwarded here.
  forward_to TEXT,
  updated_at TEXT NOT NULL
);
