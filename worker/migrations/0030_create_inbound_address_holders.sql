-- Every inbound address ever given to an account, kept when the address or the account is deleted
-- (a tombstone): mail to it may still arrive, so it is never given to another account, neither by
-- POST /api/inbound-addresses nor by an import. The triggers hold the rule for every writer.
CREATE TABLE inbound_address_holders (
  address TEXT PRIMARY KEY COLLATE NOCASE,
  account_id TEXT NOT NULL,
  first_held_at TEXT NOT NULL
);

INSERT OR IGNORE INTO inbound_address_holders (address, account_id, first_held_at)
  SELECT address, account_id, created_at FROM inbound_addresses;

CREATE TRIGGER inbound_addresses_refuse_other_holder BEFORE INSERT ON inbound_addresses
WHEN EXISTS (SELECT 1 FROM inbound_address_holders WHERE address = NEW.address AND account_id <> NEW.account_id)
BEGIN
  SELECT RAISE(ABORT, 'inbound address held by another account');
END;

CREATE TRIGGER inbound_addresses_record_holder AFTER INSERT ON inbound_addresses
BEGIN
  INSERT OR IGNORE INTO inbound_address_holders (address, account_id, first_held_at) VALUES (NEW.address, NEW.account_id, NEW.created_at);
END;

CREATE TRIGGER inbound_addresses_keep_holder BEFORE UPDATE OF address, account_id ON inbound_addresses
BEGIN
  SELECT RAISE(ABORT, 'inbound addresses are not moved: delete and create instead');
END;
