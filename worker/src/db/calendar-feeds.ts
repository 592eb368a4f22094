/** A secret calendar feed of an account (the secret itself is never stored). */
export interface CalendarFeed {
  id: string;
  createdAt: string;
  revokedAt: string | null;
}

const COLUMNS = "id, created_at AS createdAt, revoked_at AS revokedAt";

/** Stores a new feed by the SHA-256 of its secret. */
export async function createCalendarFeed(
  db: D1Database,
  accountId: string,
  secretHash: string,
  now = new Date(),
): Promise<CalendarFeed> {
  const feed: CalendarFeed = { id: crypto.randomUUID(), createdAt: now.toISOString(), revokedAt: null };
  await db
    .prepare("INSERT INTO calendar_feeds (id, account_id, secret_hash, created_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(feed.id, accountId, secretHash, feed.createdAt)
    .run();
  return feed;
}

/** The account's feeds, newest first, revoked ones included. */
export async function listCalendarFeeds(db: D1Database, accountId: string): Promise<CalendarFeed[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM calendar_feeds WHERE account_id = ?1 ORDER BY created_at DESC, id`)
    .bind(accountId)
    .all<CalendarFeed>();
  return results;
}

/** Revokes one of the account's feeds; null when the account has no feed with this id. */
export async function revokeCalendarFeed(
  db: D1Database,
  accountId: string,
  id: string,
  now = new Date(),
): Promise<CalendarFeed | null> {
  return db
    .prepare(
      `UPDATE calendar_feeds SET revoked_at = COALESCE(revoked_at, ?3) WHERE id = ?1 AND account_id = ?2 RETURNING ${COLUMNS}`,
    )
    .bind(id, accountId, now.toISOString())
    .first<CalendarFeed>();
}

/** The account a live (not revoked) feed secret belongs to, by the secret's hash. */
export async function findFeedAccount(
  db: D1Database,
  secretHash: string,
): Promise<{ accountId: string; accountName: string } | null> {
  return db
    .prepare(
      "SELECT f.account_id AS accountId, a.name AS accountName FROM calendar_feeds f JOIN accounts a ON a.id = f.account_id " +
        "WHERE f.secret_hash = ?1 AND f.revoked_at IS NULL",
    )
    .bind(secretHash)
    .first<{ accountId: string; accountName: string }>();
}
