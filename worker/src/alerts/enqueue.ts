import { insertAlertsStatement, PARAMS_PER_ALERT } from "../db/alert-queue";

/** An alert waiting for (or past) delivery to the account's channels. */
export interface Alert {
  id: string;
  accountId: string;
  certificateId: string | null;
  type: string;
  dedupeKey: string;
  title: string;
  message: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface NewAlert {
  accountId: string;
  certificateId: string | null;
  /** e.g. "expiry-reminder", "decide-now", "weekly-digest", "false-revocation-claim". */
  type: string;
  /**
   * Identifies the alert for "only once": e.g. `expiry:<certificateId>:<notAfter>:14`.
   * Enqueueing the same key for the same account again does nothing.
   */
  dedupeKey: string;
  title: string;
  message: string;
  data?: Record<string, unknown>;
  /** ISO date-time; defaults to now. */
  createdAt?: string;
}

/**
 * Queues an alert for delivery by the cron's delivery step. Idempotent on (accountId, dedupeKey):
 * `created` is false and nothing changes when the key was queued before.
 */
export async function enqueueAlert(db: D1Database, alert: NewAlert): Promise<{ id: string | null; created: boolean }> {
  const row = await enqueueAlertStatement(db, alert).first<{ id: string }>();
  return row ? { id: row.id, created: true } : { id: null, created: false };
}

/** The INSERT behind enqueueAlert, for callers that queue many alerts in one `db.batch`. */
export function enqueueAlertStatement(db: D1Database, alert: NewAlert): D1PreparedStatement {
  return insertAlertsStatement(db, [alertParams(alert)]);
}

function alertParams(alert: NewAlert): (string | null)[] {
  return [
    crypto.randomUUID(),
    alert.accountId,
    alert.certificateId,
    alert.type,
    alert.dedupeKey,
    alert.title,
    alert.message,
    JSON.stringify(alert.data ?? {}),
    alert.createdAt ?? new Date().toISOString(),
  ];
}

const ALERTS_PER_STATEMENT = Math.floor(100 / PARAMS_PER_ALERT);
const STATEMENTS_PER_BATCH = 50;

/**
 * Queues many alerts with multi-row INSERTs (11 alerts per statement, 50 statements per batch),
 * each idempotent on its dedupe key like enqueueAlert. Returns how many were new.
 */
export async function enqueueAlerts(db: D1Database, alerts: NewAlert[]): Promise<number> {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < alerts.length; i += ALERTS_PER_STATEMENT) {
    statements.push(insertAlertsStatement(db, alerts.slice(i, i + ALERTS_PER_STATEMENT).map(alertParams)));
  }
  let created = 0;
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    const results = await db.batch(statements.slice(i, i + STATEMENTS_PER_BATCH));
    created += results.reduce((sum, r) => sum + r.results.length, 0);
  }
  return created;
}
