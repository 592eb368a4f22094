import type { Intent } from "../../../shared/inventory";
import type { Alert } from "../alerts/enqueue";
import { jsonObject } from "./json-columns";

/** The few certificate fields the cron needs; selected lean so 10 000 rows stay cheap. */
export interface AlertCandidate {
  id: string;
  commonName: string;
  notAfter: string;
  intent: Intent;
  vendor: string | null;
  /** The certificate's own thresholds (JSON), overriding the account's; null = the account's. */
  alertThresholds: string | null;
}

export type DeliveryStatus = "queued" | "delivered" | "failed" | "abandoned";

export interface AlertRow {
  id: string;
  account_id: string;
  certificate_id: string | null;
  type: string;
  dedupe_key: string;
  title: string;
  message: string;
  data: string;
  created_at: string;
}

/** Bound parameters per statement stay under D1's limit of 100. */
export const ID_CHUNK = 90;

export function alertFromRow(row: AlertRow): Alert {
  return {
    id: row.id,
    accountId: row.account_id,
    certificateId: row.certificate_id,
    type: row.type,
    dedupeKey: row.dedupe_key,
    title: row.title,
    message: row.message,
    data: jsonObject(row.data, "alerts.data"),
    createdAt: row.created_at,
  };
}

/**
 * Renew and undecided certificates without a successor and not muted at `window.now` that expire
 * by `window.until` (by `window.ownUntil` when they have thresholds of their own), expired ones
 * included (they get the expired/overdue alerts); only `ids` when given (a fresh upload).
 * Uses the (account, intent, not_after) index.
 */
export async function listReminderCandidates(
  db: D1Database,
  accountId: string,
  window: { now: string; until: string; ownUntil: string },
  ids?: readonly string[],
): Promise<AlertCandidate[]> {
  if (ids && !ids.length) return [];
  const chunks = ids
    ? Array.from({ length: Math.ceil(ids.length / ID_CHUNK) }, (_, n) => ids.slice(n * ID_CHUNK, (n + 1) * ID_CHUNK))
    : [[]];
  const candidates: AlertCandidate[] = [];
  for (const chunk of chunks) {
    const only = ids ? `AND id IN (${chunk.map((_, n) => `?${n + 5}`).join(",")})` : "";
    const { results } = await db
      .prepare(
        `SELECT id, common_name AS commonName, not_after AS notAfter, intent, vendor, alert_thresholds AS alertThresholds
         FROM certificates
         WHERE account_id = ?1 AND intent IN ('renew', 'undecided') AND superseded_by IS NULL
           AND (not_after <= ?2 OR (alert_thresholds IS NOT NULL AND not_after <= ?3))
           AND (mute_until IS NULL OR mute_until <= ?4) ${only}
         ORDER BY not_after, id`,
      )
      .bind(accountId, window.until, window.ownUntil, window.now, ...chunk)
      .all<AlertCandidate>();
    candidates.push(...results);
  }
  return candidates;
}

/** Renew and undecided certificates past notAfter with no successor: named in every digest, muted or not. */
export async function listOverdueCertificates(
  db: D1Database,
  accountId: string,
  now: string,
): Promise<(AlertCandidate & { muteUntil: string | null })[]> {
  const { results } = await db
    .prepare(
      `SELECT id, common_name AS commonName, not_after AS notAfter, intent, vendor, alert_thresholds AS alertThresholds,
              CASE WHEN mute_until > ?2 THEN mute_until END AS muteUntil
       FROM certificates
       WHERE account_id = ?1 AND intent IN ('renew', 'undecided') AND not_after <= ?2 AND superseded_by IS NULL
       ORDER BY not_after, id LIMIT 500`,
    )
    .bind(accountId, now)
    .all<AlertCandidate & { muteUntil: string | null }>();
  return results;
}

/** Thresholds already alerted per certificate and validity: `certificateId → ["notAfter|threshold"]`. */
export async function listSentReminders(
  db: D1Database,
  accountId: string,
  type: string,
  certificateIds: string[],
): Promise<Map<string, { notAfter: string; threshold: number }[]>> {
  const sent = new Map<string, { notAfter: string; threshold: number }[]>();
  const statements = [];
  for (let i = 0; i < certificateIds.length; i += ID_CHUNK) {
    const chunk = certificateIds.slice(i, i + ID_CHUNK);
    const marks = chunk.map((_, n) => `?${n + 3}`).join(",");
    statements.push(
      db
        .prepare(
          // An unreadable data cell (an old import) reads as no threshold sent, not as an error.
          `SELECT certificate_id, json_extract(data, '$.notAfter') AS notAfter, json_extract(data, '$.threshold') AS threshold
           FROM alerts WHERE account_id = ?1 AND type = ?2 AND certificate_id IN (${marks}) AND json_valid(data)`,
        )
        .bind(accountId, type, ...chunk),
    );
  }
  if (!statements.length) return sent;
  const results = await db.batch<{ certificate_id: string; notAfter: string; threshold: number }>(statements);
  for (const { results: rows } of results) {
    for (const row of rows) {
      const list = sent.get(row.certificate_id) ?? [];
      list.push({ notAfter: row.notAfter, threshold: row.threshold });
      sent.set(row.certificate_id, list);
    }
  }
  return sent;
}

/** Alerts of an account raised since `createdSince` never handed to `channel`, oldest first. */
export async function listUndispatched(
  db: D1Database,
  accountId: string,
  channel: string,
  createdSince: string,
  limit: number,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id FROM alerts a
       WHERE a.account_id = ?1 AND a.created_at >= ?3
         AND NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.channel = ?2)
       ORDER BY a.created_at, a.id LIMIT ?4`,
    )
    .bind(accountId, channel, createdSince, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The account's alerts among `ids` not yet delivered on `channel` (a retried message skips what arrived). */
export async function listPendingAlerts(
  db: D1Database,
  accountId: string,
  channel: string,
  ids: readonly string[],
): Promise<Alert[]> {
  const alerts: Alert[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const { results } = await db
      .prepare(
        `SELECT a.* FROM alerts a LEFT JOIN alert_deliveries d ON d.alert_id = a.id AND d.channel = ?2
         WHERE a.account_id = ?1 AND (d.status IS NULL OR d.status != 'delivered') AND a.id IN (${chunk.map((_, n) => `?${n + 3}`).join(",")})
         ORDER BY a.created_at, a.id`,
      )
      .bind(accountId, channel, ...chunk)
      .all<AlertRow>();
    alerts.push(...results.map(alertFromRow));
  }
  return alerts;
}

/** One delivery attempt's outcome for many alerts on one channel. */
export interface DeliveryRecord {
  alertIds: readonly string[];
  channel: string;
  status: DeliveryStatus;
  /** Attempts made so far (0 while queued); the queue's own count, so retries are not hand-kept. */
  attempts: number;
  at: string;
  error: string | null;
}

/**
 * Records the delivery state of many alerts on one channel: one statement per 90 alerts, so
 * thousands of alerts stay far below D1's per-invocation limit. A delivered row stays delivered.
 */
export function recordDeliveryStatements(db: D1Database, record: DeliveryRecord): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < record.alertIds.length; i += ID_CHUNK) {
    const chunk = record.alertIds.slice(i, i + ID_CHUNK);
    const marks = chunk.map((_, n) => `?${n + 6}`).join(",");
    statements.push(
      db
        .prepare(
          `INSERT INTO alert_deliveries (alert_id, account_id, channel, status, attempts, last_attempt_at, last_error, delivered_at)
           SELECT id, account_id, ?1, ?2, ?3, ?4, ?5, CASE WHEN ?2 = 'delivered' THEN ?4 END FROM alerts WHERE id IN (${marks})
           ON CONFLICT (alert_id, channel) DO UPDATE SET
             status = excluded.status, attempts = MAX(alert_deliveries.attempts, excluded.attempts),
             last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error,
             delivered_at = excluded.delivered_at
           WHERE alert_deliveries.status != 'delivered'`,
        )
        .bind(record.channel, record.status, record.attempts, record.at, record.error, ...chunk),
    );
  }
  return statements;
}

/** The last recorded attempt count and error of alerts on one channel. */
export async function listDeliveryStates(
  db: D1Database,
  channel: string,
  alertIds: readonly string[],
): Promise<{ alertId: string; attempts: number; lastError: string | null }[]> {
  const chunk = alertIds.slice(0, ID_CHUNK);
  const { results } = await db
    .prepare(
      `SELECT alert_id AS alertId, attempts, last_error AS lastError FROM alert_deliveries
       WHERE channel = ?1 AND alert_id IN (${chunk.map((_, n) => `?${n + 2}`).join(",")}) ORDER BY attempts DESC`,
    )
    .bind(channel, ...chunk)
    .all<{ alertId: string; attempts: number; lastError: string | null }>();
  return results;
}

export interface DeliveryView {
  channel: string;
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
}

/** An account's alerts, newest first, each with its deliveries per channel. */
export async function listAlertsWithDeliveries(
  db: D1Database,
  accountId: string,
  limit: number,
  offset: number,
): Promise<(Alert & { deliveries: DeliveryView[] })[]> {
  const [alerts, deliveries] = await db.batch([
    db
      .prepare(`SELECT * FROM alerts WHERE account_id = ?1 ORDER BY created_at DESC, id LIMIT ?2 OFFSET ?3`)
      .bind(accountId, limit, offset),
    db
      .prepare(
        `SELECT d.alert_id, d.channel, d.status, d.attempts, d.last_attempt_at AS lastAttemptAt, d.last_error AS lastError,
                d.delivered_at AS deliveredAt
         FROM alert_deliveries d WHERE d.alert_id IN
           (SELECT id FROM alerts WHERE account_id = ?1 ORDER BY created_at DESC, id LIMIT ?2 OFFSET ?3)`,
      )
      .bind(accountId, limit, offset),
  ]);
  const byAlert = new Map<string, DeliveryView[]>();
  for (const row of deliveries.results as (DeliveryView & { alert_id: string })[]) {
    const { alert_id, ...view } = row;
    byAlert.set(alert_id, [...(byAlert.get(alert_id) ?? []), view]);
  }
  return (alerts.results as AlertRow[]).map((row) => ({ ...alertFromRow(row), deliveries: byAlert.get(row.id) ?? [] }));
}

/** Alerts raised about one certificate (for its timeline). */
export async function listCertificateAlerts(
  db: D1Database,
  accountId: string,
  certificateId: string,
): Promise<{ id: string; type: string; title: string; createdAt: string }[]> {
  const { results } = await db
    .prepare(
      "SELECT id, type, title, created_at AS createdAt FROM alerts WHERE account_id = ?1 AND certificate_id = ?2 ORDER BY created_at",
    )
    .bind(accountId, certificateId)
    .all<{ id: string; type: string; title: string; createdAt: string }>();
  return results;
}
