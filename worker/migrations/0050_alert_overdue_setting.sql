-- A renew/undecided certificate past notAfter without a successor is alerted on the day it
-- expires and then as overdue every this many days, until it is renewed, let lapse or deleted.
ALTER TABLE account_settings ADD COLUMN overdue_every_days INTEGER NOT NULL DEFAULT 3;
