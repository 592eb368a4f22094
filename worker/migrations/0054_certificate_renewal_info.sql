-- ACME Renewal Information (RFC 9773) as last fetched from the issuing CA: the suggested renewal
-- window, the CA's explanation URL (set when it asks for early renewal, e.g. before a mass
-- revocation), when it was fetched and from which ACME directory.
ALTER TABLE certificates ADD COLUMN ari_window_start TEXT;
ALTER TABLE certificates ADD COLUMN ari_window_end TEXT;
ALTER TABLE certificates ADD COLUMN ari_explanation_url TEXT;
ALTER TABLE certificates ADD COLUMN ari_checked_at TEXT;
ALTER TABLE certificates ADD COLUMN ari_directory TEXT;
