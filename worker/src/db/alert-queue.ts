// The alerts table's INSERT, one row or many per statement, idempotent on (account_id, dedupe_key).

/** Values bound per alert, in the order of {@link ALERT_COLUMNS}. D1 allows 100 per statement. */
export const PARAMS_PER_ALERT = 9;

const ALERT_COLUMNS = "id, account_id, certificate_id, type, dedupe_key, title, message, data, created_at";

/**
 * An INSERT of `rows` alerts (each {@link PARAMS_PER_ALERT} values) that skips any whose dedupe key
 * the account already has, and returns the ids of the rows it created.
 */
export function insertAlertsStatement(db: D1Database, rows: (string | null)[][]): D1PreparedStatement {
  const placeholders = rows.map(
    (_, n) => `(${Array.from({ length: PARAMS_PER_ALERT }, (_, k) => `?${n * PARAMS_PER_ALERT + k + 1}`).join(", ")})`,
  );
  return db
    .prepare(
      `INSERT INTO alerts (${ALERT_COLUMNS})
       VALUES ${placeholders.join(", ")}
       ON CONFLICT (account_id, dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(...rows.flat());
}
