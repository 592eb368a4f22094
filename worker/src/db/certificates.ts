import type { CertificateRecord } from "../../../shared/inventory";
import type { Certificate } from "../certificates/schema";
import {
  type CertificateRow,
  type NewCertificate,
  insertValues,
  rowToCertificate,
  rowToRecord,
} from "./certificate-rows";

/**
 * Every certificate of an account in the inventory shape (`shared/inventory.ts`), soonest
 * expiry first: what the notice engine takes as its inventory.
 */
export async function listCertificateRecords(db: D1Database, accountId: string): Promise<CertificateRecord[]> {
  return (await listCertificateRows(db, accountId)).map(rowToRecord);
}

/** Every certificate row of an account, soonest expiry first (ingest reads them once per notice). */
export async function listCertificateRows(db: D1Database, accountId: string): Promise<CertificateRow[]> {
  const { results } = await db
    .prepare("SELECT * FROM certificates WHERE account_id = ?1 ORDER BY not_after, id")
    .bind(accountId)
    .all<CertificateRow>();
  return results;
}

/** The raw row of one of the account's certificates, or null (also for another account's id). */
export async function getCertificateRow(db: D1Database, accountId: string, id: string): Promise<CertificateRow | null> {
  return db
    .prepare("SELECT * FROM certificates WHERE id = ?1 AND account_id = ?2")
    .bind(id, accountId)
    .first<CertificateRow>();
}

/** The account's certificate rows with these ids, by id. */
export async function getCertificateRowsByIds(
  db: D1Database,
  accountId: string,
  ids: readonly string[],
): Promise<Map<string, CertificateRow>> {
  if (!ids.length) return new Map();
  const { results } = await db
    .prepare("SELECT * FROM certificates WHERE account_id = ?1 AND id IN (SELECT value FROM json_each(?2))")
    .bind(accountId, JSON.stringify(ids))
    .all<CertificateRow>();
  return new Map(results.map((row) => [row.id, row]));
}

/** One of the account's certificates as the API answers it (with its PEMs), or null. */
export async function getCertificate(
  db: D1Database,
  accountId: string,
  id: string,
  now: Date = new Date(),
): Promise<Certificate | null> {
  const row = await getCertificateRow(db, accountId, id);
  return row ? rowToCertificate(row, now, true) : null;
}

async function findByAnyOf(
  db: D1Database,
  accountId: string,
  column: "fingerprint_sha256" | "external_id",
  values: readonly string[],
): Promise<CertificateRow[]> {
  if (values.length === 0) return [];
  const { results } = await db
    .prepare(`SELECT * FROM certificates WHERE account_id = ?1 AND ${column} IN (SELECT value FROM json_each(?2))`)
    .bind(accountId, JSON.stringify(values))
    .all<CertificateRow>();
  return results;
}

/** The account's certificates with any of these SHA-256 fingerprints. */
export function findByFingerprints(
  db: D1Database,
  accountId: string,
  fingerprints: readonly string[],
): Promise<CertificateRow[]> {
  return findByAnyOf(db, accountId, "fingerprint_sha256", fingerprints);
}

/** The account's certificates with any of these external ids (from an imported inventory). */
export function findByExternalIds(
  db: D1Database,
  accountId: string,
  externalIds: readonly string[],
): Promise<CertificateRow[]> {
  return findByAnyOf(db, accountId, "external_id", externalIds);
}

/** A prepared insert of a certificate, for a batch. */
export function prepareInsertCertificate(db: D1Database, accountId: string, cert: NewCertificate, now: string) {
  const [columns, values] = insertValues(cert, accountId, now);
  const placeholders = columns.map((_, i) => `?${i + 1}`).join(", ");
  return db.prepare(`INSERT INTO certificates (${columns.join(", ")}) VALUES (${placeholders})`).bind(...values);
}

/** Owner-kept fields a PATCH may change, by their column names. */
export interface CertificateChanges {
  intent?: string;
  intent_reason?: string | null;
  vendor?: string | null;
  order_numbers?: string;
  auto_renew?: number;
  owner?: string | null;
  notes?: string | null;
  alert_thresholds?: string | null;
  mute_until?: string | null;
}

/** A prepared update of owner-kept fields (bumps updated_at), for a batch. */
export function prepareUpdateCertificate(
  db: D1Database,
  accountId: string,
  id: string,
  changes: CertificateChanges,
  now: string,
) {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  const sets = entries.map(([column], i) => `${column} = ?${i + 4}`);
  return db
    .prepare(`UPDATE certificates SET ${["updated_at = ?3", ...sets].join(", ")} WHERE id = ?1 AND account_id = ?2`)
    .bind(id, accountId, now, ...entries.map(([, value]) => value));
}

/** Deletes one of the account's certificates (its intent history goes with it); false if none. */
export async function deleteCertificate(db: D1Database, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .prepare("DELETE FROM certificates WHERE id = ?1 AND account_id = ?2")
    .bind(id, accountId)
    .run();
  return result.meta.changes > 0;
}
