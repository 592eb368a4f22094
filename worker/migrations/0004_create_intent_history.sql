-- Every change of a certificate's intent: who (the token's name), when, from, to, why.
-- from_intent is NULL for the intent a record was created with.
CREATE TABLE intent_history (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  from_intent TEXT,
  to_intent TEXT NOT NULL,
  reason TEXT
);

CREATE INDEX intent_history_certificate ON intent_history(account_id, certificate_id, changed_at);
