/** A claim older than this belongs to an import that died (a Worker is never that slow): it may be taken over. */
const CLAIM_EXPIRES_MS = 15 * 60_000;

/**
 * Claims the account for one import, in one statement: true when this import holds the claim,
 * false when another import holds it. Not a read-then-write: two imports cannot both win.
 */
export async function claimImport(
  db: D1Database,
  accountId: string,
  claimId: string,
  now = new Date(),
): Promise<boolean> {
  const expired = new Date(now.getTime() - CLAIM_EXPIRES_MS).toISOString();
  const result = await db
    .prepare(
      `INSERT INTO import_claims (account_id, claim_id, claimed_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (account_id) DO UPDATE SET claim_id = excluded.claim_id, claimed_at = excluded.claimed_at
       WHERE import_claims.claimed_at < ?4`,
    )
    .bind(accountId, claimId, now.toISOString(), expired)
    .run();
  return result.meta.changes > 0;
}

/** Ends this import's claim (and only this one's). */
export async function releaseImport(db: D1Database, accountId: string, claimId: string): Promise<void> {
  await db.prepare("DELETE FROM import_claims WHERE account_id = ?1 AND claim_id = ?2").bind(accountId, claimId).run();
}
