-- One import per account at a time: an import first inserts its claim here, atomically; a second
-- import meets the row and answers 409 without touching anything. The claim is removed when the
-- import ends; one left by a Worker that died mid-import expires (claimed_at is checked).
CREATE TABLE import_claims (
  account_id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL,
  claimed_at TEXT NOT NULL
);
