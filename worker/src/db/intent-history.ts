import type { Intent } from "../../../shared/inventory";
import type { IntentChange } from "../certificates/schema";

interface IntentHistoryRow {
  id: string;
  certificate_id: string;
  changed_at: string;
  changed_by: string;
  from_intent: Intent | null;
  to_intent: Intent;
  reason: string | null;
}

/** One change of intent to record. */
export interface NewIntentChange {
  certificateId: string;
  changedAt: string;
  changedBy: string;
  fromIntent: Intent | null;
  toIntent: Intent;
  reason: string | null;
}

/** A prepared insert of an intent change, to run in the same batch as the certificate write. */
export function prepareIntentChange(db: D1Database, accountId: string, change: NewIntentChange) {
  return db
    .prepare(
      `INSERT INTO intent_history (id, account_id, certificate_id, changed_at, changed_by, from_intent, to_intent, reason)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      crypto.randomUUID(),
      accountId,
      change.certificateId,
      change.changedAt,
      change.changedBy,
      change.fromIntent,
      change.toIntent,
      change.reason,
    );
}

/** A certificate's intent changes, oldest first. */
export async function listIntentHistory(
  db: D1Database,
  accountId: string,
  certificateId: string,
): Promise<IntentChange[]> {
  const { results } = await db
    .prepare(
      `SELECT id, certificate_id, changed_at, changed_by, from_intent, to_intent, reason FROM intent_history
        WHERE account_id = ?1 AND certificate_id = ?2 ORDER BY changed_at, rowid`,
    )
    .bind(accountId, certificateId)
    .all<IntentHistoryRow>();
  return results.map((row) => ({
    id: row.id,
    certificateId: row.certificate_id,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    fromIntent: row.from_intent,
    toIntent: row.to_intent,
    reason: row.reason,
  }));
}
