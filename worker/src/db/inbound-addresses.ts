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

/** Tries for a fresh address: a random tag that somehow was ever held (tombstones included) is drawn again. */
const CREATE_ATTEMPTS = 5;

/**
 * Creates a new `notices+<random>@<domain>` address for the account: one that no account ever
 * held, the account itself included (a deleted address stays a tombstone).
 */
export async function createInboundAddress(
  db: D1Database,
  accountId: string,
  domain: string,
  now = new Date(),
): Promise<InboundAddress> {
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
    const created: InboundAddress = {
      address: `notices+${randomTag()}@${domain.toLowerCase()}`,
      createdAt: now.toISOString(),
    };
    const result = await db
      .prepare(
        `INSERT INTO inbound_addresses (address, account_id, created_at)
         SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM inbound_address_holders WHERE address = ?1)`,
      )
      .bind(created.address, accountId, created.createdAt)
      .run();
    if (result.meta.changes > 0) return created;
  }
  throw new Error(`no fresh inbound address after ${CREATE_ATTEMPTS} random tags`);
}

/** Who ever held each of these addresses (tombstones included), by lower-cased address. */
export async function inboundAddressHolders(db: D1Database, addresses: string[]): Promise<Map<string, string>> {
  const holders = new Map<string, string>();
  for (let i = 0; i < addresses.length; i += 90) {
    const chunk = addresses.slice(i, i + 90);
    const { results } = await db
      .prepare(
        `SELECT address, account_id FROM inbound_address_holders WHERE address IN (${chunk.map((_, n) => `?${n + 1}`).join(",")})`,
      )
      .bind(...chunk)
      .all<{ address: string; account_id: string }>();
    for (const row of results) holders.set(row.address.toLowerCase(), row.account_id);
  }
  return holders;
}

/** The account's addresses, oldest first. */
export async function listInboundAddresses(db: D1Database, accountId: string): Promise<InboundAddress[]> {
  const { results } = await db
    .prepare(
      "SELECT address, created_at AS createdAt FROM inbound_addresses WHERE account_id = ?1 ORDER BY created_at, address",
    )
    .bind(accountId)
    .all<InboundAddress>();
  return results;
}

/** Deletes one of the account's addresses (its tombstone stays); false when it has no such address. */
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
