/** An Email Routing address that files mail into an account. */
export interface InboundAddress {
  address: string;
  createdAt: string;
}

/** 80 random bits, base32 lower case: unguessable, and valid in the local part of an address. */
function randomTag(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => alphabet[b % 32]).join("");
}

/** Creates a new `notices+<random>@<domain>` address for the account. */
export async function createInboundAddress(db: D1Database, accountId: string, domain: string, now = new Date()): Promise<InboundAddress> {
  const created: InboundAddress = { address: `notices+${randomTag()}@${domain.toLowerCase()}`, createdAt: now.toISOString() };
  await db
    .prepare("INSERT INTO inbound_addresses (address, account_id, created_at) VALUES (?1, ?2, ?3)")
    .bind(created.address, accountId, created.createdAt)
    .run();
  return created;
}

/** The account's addresses, oldest first. */
export async function listInboundAddresses(db: D1Database, accountId: string): Promise<InboundAddress[]> {
  const { results } = await db
    .prepare("SELECT address, created_at AS createdAt FROM inbound_addresses WHERE account_id = ?1 ORDER BY created_at, address")
    .bind(accountId)
    .all<InboundAddress>();
  return results;
}

/** Deletes one of the account's addresses; false when it has no such address. */
export async function deleteInboundAddress(db: D1Database, accountId: string, address: string): Promise<boolean> {
  const result = await db
    .prepare("DELETE FROM inbound_addresses WHERE account_id = ?1 AND address = ?2")
    .bind(accountId, address.toLowerCase())
    .run();
  return result.meta.changes > 0;
}

/** The account mail to `address` belongs to, or null (the email handler rejects it). */
export async function findInboundAccount(db: D1Database, address: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT account_id FROM inbound_addresses WHERE address = ?1")
    .bind(address.trim().toLowerCase())
    .first<{ account_id: string }>();
  return row?.account_id ?? null;
}
