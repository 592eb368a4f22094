-- Alert channels as a JSON array of {id, type, enabled, url?, secret?, to?, routingKey?, token?}.
-- NULL means the account never saved channels: the webhook_* and alert_email_to columns apply.
ALTER TABLE account_settings ADD COLUMN channels TEXT;
