-- The daily cron asks, per account, for renew/undecided certificates expiring within the largest
-- threshold, then for the reminders already sent to those certificates. Both stay index lookups
-- with 10 000 certificates in one account.
CREATE INDEX certificates_account_intent_not_after ON certificates (account_id, intent, not_after);
CREATE INDEX alerts_by_certificate ON alerts (account_id, type, certificate_id);
