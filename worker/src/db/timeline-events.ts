import { jsonObject } from "./json-columns";

/** A stored timeline event: something that happened to a certificate besides notices and intent changes. */
export interface TimelineEvent {
  id: string;
  accountId: string;
  certificateId: string | null;
  occurredAt: string;
  type: string;
  summary: string;
  data: Record<string, unknown>;
}

export interface NewTimelineEvent {
  accountId: string;
  /** Null for events about the account as a whole (an import, a digest). */
  certificateId: string | null;
  /** ISO date-time. */
  occurredAt: string;
  /** Short machine name, e.g. "revocation-check", "alert-sent". */
  type: string;
  /** One plain sentence a person can read in the timeline. */
  summary: string;
  data?: Record<string, unknown>;
}

interface TimelineEventRow {
  id: string;
  account_id: string;
  certificate_id: string | null;
  occurred_at: string;
  type: string;
  summary: string;
  data: string;
}

function fromRow(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    accountId: row.account_id,
    certificateId: row.certificate_id,
    occurredAt: row.occurred_at,
    type: row.type,
    summary: row.summary,
    data: jsonObject(row.data, "timeline_events.data"),
  };
}

/** Records one event on an account's timeline and returns it with its new id. */
export async function addTimelineEvent(db: D1Database, event: NewTimelineEvent): Promise<TimelineEvent> {
  const stored: TimelineEvent = { id: crypto.randomUUID(), data: {}, ...event };
  await db
    .prepare(
      `INSERT INTO timeline_events (id, account_id, certificate_id, occurred_at, type, summary, data)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    )
    .bind(
      stored.id,
      stored.accountId,
      stored.certificateId,
      stored.occurredAt,
      stored.type,
      stored.summary,
      JSON.stringify(stored.data),
    )
    .run();
  return stored;
}

/** Events of one certificate, oldest first. */
export async function listCertificateTimelineEvents(
  db: D1Database,
  accountId: string,
  certificateId: string,
): Promise<TimelineEvent[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM timeline_events WHERE account_id = ?1 AND certificate_id = ?2
       ORDER BY occurred_at, id`,
    )
    .bind(accountId, certificateId)
    .all<TimelineEventRow>();
  return results.map(fromRow);
}
