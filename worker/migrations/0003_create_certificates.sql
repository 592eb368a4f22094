-- Owned certificates: parsed X.509 fields (NULL for manual records without a PEM) and the
-- owner-kept fields. Lists (sans, ip_addresses, order_numbers, urls) are JSON arrays.
-- Dates are ISO 8601 UTC strings, so they sort and compare as text.
CREATE TABLE certificates (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  external_id TEXT,
  common_name TEXT NOT NULL,
  subject TEXT,
  sans TEXT NOT NULL DEFAULT '[]',
  ip_addresses TEXT NOT NULL DEFAULT '[]',
  issuer_cn TEXT,
  issuer_o TEXT,
  serial_number TEXT,
  not_before TEXT,
  not_after TEXT NOT NULL,
  fingerprint_sha256 TEXT,
  public_key_algorithm TEXT,
  public_key_size INTEGER,
  signature_algorithm TEXT,
  ocsp_urls TEXT NOT NULL DEFAULT '[]',
  ca_issuers_urls TEXT NOT NULL DEFAULT '[]',
  crl_urls TEXT NOT NULL DEFAULT '[]',
  self_signed INTEGER,
  pem TEXT,
  chain_pem TEXT,
  intent TEXT NOT NULL DEFAULT 'undecided' CHECK (intent IN ('renew', 'let-lapse', 'undecided')),
  intent_reason TEXT,
  vendor TEXT,
  order_numbers TEXT NOT NULL DEFAULT '[]',
  auto_renew INTEGER NOT NULL DEFAULT 0,
  owner TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE INDEX certificates_account_not_after ON certificates(account_id, not_after);
-- The same certificate (same DER) is one record per account: re-imports find it here.
CREATE UNIQUE INDEX certificates_account_fingerprint
  ON certificates(account_id, fingerprint_sha256) WHERE fingerprint_sha256 IS NOT NULL;
CREATE UNIQUE INDEX certificates_account_external_id
  ON certificates(account_id, external_id) WHERE external_id IS NOT NULL;
