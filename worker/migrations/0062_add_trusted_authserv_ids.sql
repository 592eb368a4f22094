-- Authserv-ids of the account's own mail servers (JSON array of strings): their
-- Authentication-Results are believed below the topmost one.
ALTER TABLE account_settings ADD COLUMN trusted_authserv_ids TEXT NOT NULL DEFAULT '[]';
