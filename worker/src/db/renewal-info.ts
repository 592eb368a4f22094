/** A certificate whose CA may publish ACME Renewal Information. */
export interface AriCandidate {
  id: string;
  accountId: string;
  commonName: string;
  pem: string;
  issuerO: string | null;
  notBefore: string | null;
  notAfter: string;
  intent: string;
  vendor: string | null;
}

/**
 * Up to `limit` of the account's renew/undecided certificates with a PEM from one of
 * `organizations`, valid at `now`, not superseded, not fetched since `checkedBefore`.
 */
export async function listAriCandidates(
  db: D1Database,
  accountId: string,
  organizations: readonly string[],
  window: { now: string; checkedBefore: string },
  limit: number,
): Promise<AriCandidate[]> {
  if (!organizations.length) return [];
  const marks = organizations.map((_, i) => `?${i + 5}`).join(",");
  const { results } = await db
    .prepare(
      `SELECT id, account_id AS accountId, common_name AS commonName, pem, issuer_o AS issuerO, not_before AS notBefore,
              not_after AS notAfter, intent, vendor
       FROM certificates
       WHERE account_id = ?1 AND intent IN ('renew', 'undecided') AND not_after > ?2 AND superseded_by IS NULL AND pem IS NOT NULL
         AND (ari_checked_at IS NULL OR ari_checked_at < ?3) AND lower(issuer_o) IN (${marks})
       ORDER BY ari_checked_at IS NOT NULL, ari_checked_at, not_after LIMIT ?4`,
    )
    .bind(accountId, window.now, window.checkedBefore, limit, ...organizations.map((o) => o.toLowerCase()))
    .all<AriCandidate>();
  return results;
}

/** The renewal window as fetched. */
export interface StoredRenewalInfo {
  windowStart: string;
  windowEnd: string;
  explanationUrl: string | null;
  checkedAt: string;
  directory: string;
}

/** Stores the window fetched for a certificate. */
export async function saveRenewalInfo(db: D1Database, id: string, info: StoredRenewalInfo): Promise<void> {
  await db
    .prepare(
      `UPDATE certificates SET ari_window_start = ?2, ari_window_end = ?3, ari_explanation_url = ?4, ari_checked_at = ?5, ari_directory = ?6
       WHERE id = ?1`,
    )
    .bind(id, info.windowStart, info.windowEnd, info.explanationUrl, info.checkedAt, info.directory)
    .run();
}

/** Notes a fetch that brought no window (the CA offers no ARI, or did not answer), so it waits a day. */
export async function markRenewalInfoChecked(db: D1Database, id: string, at: string): Promise<void> {
  await db.prepare("UPDATE certificates SET ari_checked_at = ?2 WHERE id = ?1").bind(id, at).run();
}
