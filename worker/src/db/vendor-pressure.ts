/** Notices per vendor over an account's whole history. */
export interface VendorTotals {
  vendor: string;
  notices: number;
  misleading: number;
  spoofed: number;
  /** Forged notices that used this vendor's name; each is counted in the row of the domain it came from. */
  impersonations: number;
  firstNoticeAt: string;
  lastNoticeAt: string;
}

/** What one vendor kept sending about one certificate the owner lets lapse. */
export interface LapsePressure {
  vendor: string;
  certificateId: string;
  commonName: string;
  notAfter: string;
  /** When the intent last changed to let-lapse; null when the record was created with it. */
  intentSetAt: string | null;
  notices: number;
  noticesAfterIntent: number;
  misleading: number;
  lastNoticeAt: string;
}

const UNKNOWN = "(unknown sender)";

/**
 * Totals per vendor, most notices first. A forged notice counts in the row of the domain it
 * really came from; the vendor it imitated gets it as an impersonation (a row with no notices of
 * its own when it sent none), so a forger's mail never inflates a vendor's own numbers.
 */
export async function vendorTotals(db: D1Database, accountId: string): Promise<VendorTotals[]> {
  const [own, imitated] = await db.batch<Omit<VendorTotals, "impersonations"> & { impersonations?: number }>([
    db
      .prepare(
        `SELECT COALESCE(vendor, '${UNKNOWN}') AS vendor, COUNT(*) AS notices, SUM(misleading) AS misleading,
                SUM(spoofed) AS spoofed, MIN(dated_at) AS firstNoticeAt, MAX(dated_at) AS lastNoticeAt
         FROM notices WHERE account_id = ?1 GROUP BY 1 ORDER BY notices DESC, vendor`,
      )
      .bind(accountId),
    db
      .prepare(
        `SELECT imitates AS vendor, COUNT(*) AS impersonations, 0 AS notices, 0 AS misleading, 0 AS spoofed,
                MIN(dated_at) AS firstNoticeAt, MAX(dated_at) AS lastNoticeAt
         FROM notices WHERE account_id = ?1 AND spoofed = 1 AND imitates IS NOT NULL GROUP BY imitates ORDER BY vendor`,
      )
      .bind(accountId),
  ]);
  const rows = new Map(own.results.map((row) => [row.vendor, { ...row, impersonations: 0 }]));
  for (const row of imitated.results) {
    const existing = rows.get(row.vendor);
    if (existing) existing.impersonations = row.impersonations ?? 0;
    else rows.set(row.vendor, { ...row, impersonations: row.impersonations ?? 0 });
  }
  return [...rows.values()];
}

/**
 * Per vendor and let-lapse certificate: notices in all and after the intent was set. A record
 * created as let-lapse (no intent change to it) counts every notice as after the decision.
 */
export async function lapsePressure(db: D1Database, accountId: string): Promise<LapsePressure[]> {
  const { results } = await db
    .prepare(
      `WITH lapse AS (
         SELECT c.id, c.common_name, c.not_after,
           (SELECT MAX(h.changed_at) FROM intent_history h
             WHERE h.account_id = c.account_id AND h.certificate_id = c.id
               AND h.to_intent = 'let-lapse' AND h.from_intent IS NOT NULL) AS intent_set_at
         FROM certificates c WHERE c.account_id = ?1 AND c.intent = 'let-lapse')
       SELECT COALESCE(n.vendor, '${UNKNOWN}') AS vendor, l.id AS certificateId, l.common_name AS commonName,
              l.not_after AS notAfter, l.intent_set_at AS intentSetAt, COUNT(*) AS notices,
              SUM(l.intent_set_at IS NULL OR n.dated_at >= l.intent_set_at) AS noticesAfterIntent,
              SUM(n.misleading) AS misleading, MAX(n.dated_at) AS lastNoticeAt
       FROM notices n JOIN lapse l ON l.id = n.certificate_id
       WHERE n.account_id = ?1
       GROUP BY 1, l.id ORDER BY notices DESC, l.common_name`,
    )
    .bind(accountId)
    .all<LapsePressure>();
  return results;
}

/** Misleading notices per vendor received in [from, to), most first (the weekly digest). */
export async function misleadingByVendor(
  db: D1Database,
  accountId: string,
  from: string,
  to: string,
): Promise<{ vendor: string; misleading: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT COALESCE(vendor, '${UNKNOWN}') AS vendor, COUNT(*) AS misleading FROM notices
       WHERE account_id = ?1 AND misleading = 1 AND received_at >= ?2 AND received_at < ?3
       GROUP BY 1 ORDER BY misleading DESC, vendor`,
    )
    .bind(accountId, from, to)
    .all<{ vendor: string; misleading: number }>();
  return results;
}

/** Let-lapse certificates whose expiry falls in [from, to): they lapsed in that period. */
export async function lapsedBetween(
  db: D1Database,
  accountId: string,
  from: string,
  to: string,
): Promise<{ id: string; commonName: string; notAfter: string }[]> {
  const { results } = await db
    .prepare(
      `SELECT id, common_name AS commonName, not_after AS notAfter FROM certificates
       WHERE account_id = ?1 AND intent = 'let-lapse' AND not_after >= ?2 AND not_after < ?3 ORDER BY not_after, id`,
    )
    .bind(accountId, from, to)
    .all<{ id: string; commonName: string; notAfter: string }>();
  return results;
}
