-- Per certificate: its own reminder thresholds (JSON array of days, overriding the account's;
-- NULL = the account's) and a mute: no reminders, expired or overdue alerts until this instant.
ALTER TABLE certificates ADD COLUMN alert_thresholds TEXT;
ALTER TABLE certificates ADD COLUMN mute_until TEXT;
