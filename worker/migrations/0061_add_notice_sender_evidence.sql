-- Sender evidence kept with each notice: the SMTP envelope sender (Email Routing's message.from),
-- the Reply-To address, and the vendor a forged notice imitated (counted apart in /api/vendors).
ALTER TABLE notices ADD COLUMN envelope_from TEXT;
ALTER TABLE notices ADD COLUMN reply_to TEXT;
ALTER TABLE notices ADD COLUMN imitates TEXT;
CREATE INDEX notices_by_imitated_vendor ON notices (account_id, imitates) WHERE imitates IS NOT NULL;
