import type { Intent } from "../../../shared/inventory";
import { stringList } from "./json-columns";

/** A certificate the cron looks for in CT: one whose renewal (wanted or not) may have happened. */
export interface CtWatchedCertificate {
  id: string;
  accountId: string;
  commonName: string;
  sans: string[];
  serialNumber: string | null;
  notBefore: string | null;
  notAfter: string;
  intent: Intent;
  vendor: string | null;
  owner: string | null;
  autoRenew: boolean;
}

/**
 * Up to `limit` renew / let-lapse certificates, not superseded, expiring between `from` and
 * `until`, not looked up in CT since `checkedBefore`; least recently looked up first.
 */
export async function listCtWatchedCertificates(
  db: D1Database,
  window: { from: string; until: string; checkedBefore: string },
  limit: number,
  accountId?: string,
): Promise<CtWatchedCertificate[]> {
  const { results } = await db
    .prepare(
      `SELECT id, account_id, common_name, sans, serial_number, not_before, not_after, intent, vendor, owner, auto_renew
       FROM certificates
       WHERE intent IN ('renew', 'let-lapse') AND superseded_by IS NULL
         AND not_after > ?1 AND not_after <= ?2
         AND (ct_checked_at IS NULL OR ct_checked_at < ?3)
         AND (?5 IS NULL OR account_id = ?5)
       ORDER BY ct_checked_at IS NOT NULL, ct_checked_at, not_after
       LIMIT ?4`,
    )
    .bind(window.from, window.until, window.checkedBefore, limit, accountId ?? null)
    .all<{
      id: string;
      account_id: string;
      common_name: string;
      sans: string;
      serial_number: string | null;
      not_before: string | null;
      not_after: string;
      intent: Intent;
      vendor: string | null;
      owner: string | null;
      auto_renew: number;
    }>();
  return results.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    commonName: row.common_name,
    sans: stringList(row.sans, "certificates.sans"),
    serialNumber: row.serial_number,
    notBefore: row.not_before,
    notAfter: row.not_after,
    intent: row.intent,
    vendor: row.vendor,
    owner: row.owner,
    autoRenew: row.auto_renew === 1,
  }));
}

/** Notes that a certificate was looked up in CT at `at`. */
export async function markCtChecked(db: D1Database, id: string, at: string): Promise<void> {
  await db.prepare("UPDATE certificates SET ct_checked_at = ?2 WHERE id = ?1").bind(id, at).run();
}

/** Marks a certificate superseded by its successor; it gets no reminders from then on. */
export async function markSuperseded(
  db: D1Database,
  accountId: string,
  id: string,
  successorId: string,
  at: string,
): Promise<void> {
  await db
    .prepare(
      "UPDATE certificates SET superseded_by = ?3, superseded_at = ?4, ct_checked_at = ?4, updated_at = ?4 WHERE id = ?1 AND account_id = ?2",
    )
    .bind(id, accountId, successorId, at)
    .run();
}
