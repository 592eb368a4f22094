-- Truth checks on certificates: the successor found in CT (a superseded certificate gets no
-- reminders) and when revocation and CT were last checked (the cron re-checks weekly).
ALTER TABLE certificates ADD COLUMN superseded_by TEXT;
ALTER TABLE certificates ADD COLUMN superseded_at TEXT;
ALTER TABLE certificates ADD COLUMN revocation_checked_at TEXT;
ALTER TABLE certificates ADD COLUMN ct_checked_at TEXT;
