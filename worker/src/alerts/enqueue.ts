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
  return db
    .prepare(
      `INSERT INTO alerts (id, account_id, certificate_id, type, dedupe_key, title, message, data, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
       ON CONFLICT (account_id, dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(
      crypto.randomUUID(),
      alert.accountId,
      alert.certificateId,
      alert.type,
      alert.dedupeKey,
      alert.title,
      alert.message,
      JSON.stringify(alert.data ?? {}),
      alert.createdAt ?? new Date().toISOString(),
    );
}
