import type { RevocationVerdict } from "../revocation/verdict";

/** A stored revocation check, as the API answers it. */
export interface RevocationCheck {
  id: string;
  certificateId: string;
  status: RevocationVerdict["status"];
  source: RevocationVerdict["source"];
  checkedAt: string;
  revokedAt?: string;
  reason?: string;
  detail: string;
  url?: string;
  publishedAt?: string;
}

interface RevocationCheckRow {
  id: string;
  certificate_id: string;
  checked_at: string;
  status: RevocationVerdict["status"];
  source: RevocationVerdict["source"];
  revoked_at: string | null;
  reason: string | null;
  detail: string;
  url: string | null;
  published_at: string | null;
}

function fromRow(row: RevocationCheckRow): RevocationCheck {
  return {
    id: row.id,
    certificateId: row.certificate_id,
    status: row.status,
    source: row.source,
    checkedAt: row.checked_at,
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    detail: row.detail,
    ...(row.url ? { url: row.url } : {}),
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}

/** Stores a check and stamps the certificate's revocation_checked_at (the cron's weekly pace). */
export async function recordRevocationCheck(
  db: D1Database,
  accountId: string,
  certificateId: string,
  checkedAt: string,
  verdict: RevocationVerdict,
): Promise<RevocationCheck> {
  const id = crypto.randomUUID();
  await db.batch([
    db
      .prepare(
        `INSERT INTO revocation_checks (id, account_id, certificate_id, checked_at, status, source, revoked_at, reason, detail, url, published_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
      )
      .bind(
        id,
        accountId,
        certificateId,
        checkedAt,
        verdict.status,
        verdict.source,
        verdict.revokedAt ?? null,
        verdict.reason ?? null,
        verdict.detail,
        verdict.url ?? null,
        verdict.publishedAt ?? null,
      ),
    db
      .prepare(`UPDATE certificates SET revocation_checked_at = ?3 WHERE id = ?1 AND account_id = ?2`)
      .bind(certificateId, accountId, checkedAt),
  ]);
  return { id, certificateId, checkedAt, ...verdict };
}

/** Checks of one certificate, newest first. */
export async function listRevocationChecks(
  db: D1Database,
  accountId: string,
  certificateId: string,
  limit = 20,
): Promise<RevocationCheck[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM revocation_checks WHERE account_id = ?1 AND certificate_id = ?2 ORDER BY checked_at DESC, id LIMIT ?3`,
    )
    .bind(accountId, certificateId, limit)
    .all<RevocationCheckRow>();
  return results.map(fromRow);
}

/** A certificate the cron should re-check: `renew`, still valid, not superseded, unchecked since `checkedBefore`. */
export interface DueRevocationCheck {
  id: string;
  accountId: string;
}

/**
 * Up to `limit` certificates (of one account, or all) whose weekly revocation re-check is due,
 * longest unchecked first.
 */
export async function listDueRevocationChecks(
  db: D1Database,
  now: string,
  checkedBefore: string,
  limit: number,
  accountId?: string,
): Promise<DueRevocationCheck[]> {
  const { results } = await db
    .prepare(
      `SELECT id, account_id AS accountId FROM certificates
       WHERE intent = 'renew' AND not_after > ?1 AND superseded_by IS NULL
         AND (pem IS NOT NULL OR crl_urls != '[]')
         AND (revocation_checked_at IS NULL OR revocation_checked_at < ?2)
         AND (?4 IS NULL OR account_id = ?4)
       ORDER BY revocation_checked_at IS NOT NULL, revocation_checked_at, not_after
       LIMIT ?3`,
    )
    .bind(now, checkedBefore, limit, accountId ?? null)
    .all<DueRevocationCheck>();
  return results;
}
