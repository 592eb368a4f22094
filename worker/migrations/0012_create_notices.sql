-- Vendor notices as received, with the engine's assessment. The raw message is kept only up to
-- 1 MB (raw is NULL above that, raw_size says how big it was); the text preview and the
-- assessment JSON are always kept.
CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  -- Message-ID when the message has one, otherwise "sha256:<hex of the raw message>".
  dedupe_key TEXT NOT NULL,
  message_id TEXT,
  source TEXT NOT NULL CHECK (source IN ('api', 'classify', 'email', 'import')),
  received_at TEXT NOT NULL,
  sent_at TEXT,
  -- sent_at when the Date: header was readable, else received_at: the moment the notice speaks for.
  dated_at TEXT NOT NULL,
  from_address TEXT,
  from_name TEXT,
  subject TEXT NOT NULL,
  vendor TEXT,
  kind TEXT NOT NULL,
  certificate_id TEXT,
  language TEXT NOT NULL,
  misleading INTEGER NOT NULL,
  spoofed INTEGER NOT NULL,
  assessment TEXT NOT NULL,
  text_preview TEXT NOT NULL,
  raw TEXT,
  raw_size INTEGER NOT NULL,
  UNIQUE (account_id, dedupe_key)
);

CREATE INDEX notices_by_date ON notices (account_id, dated_at);
CREATE INDEX notices_by_certificate ON notices (account_id, certificate_id, dated_at);
CREATE INDEX notices_by_vendor ON notices (account_id, vendor, dated_at);
