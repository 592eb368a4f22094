import type { Assessment } from "../../../shared/notice/types";
import { storedAssessment } from "./json-columns";
import { unreadableAssessment } from "./unreadable-assessment";

export type NoticeSource = "api" | "classify" | "email" | "import";

/** A stored notice as the API shows it in lists. */
export interface NoticeSummary {
  id: string;
  messageId: string | null;
  source: NoticeSource;
  receivedAt: string;
  sentAt: string | null;
  /** sentAt when known, else receivedAt: the moment the notice speaks for. */
  datedAt: string;
  from: { address: string | null; name: string | null };
  subject: string;
  vendor: string | null;
  kind: string;
  certificateId: string | null;
  language: string;
  misleading: boolean;
  spoofed: boolean;
  rawSize: number;
  rawStored: boolean;
}

/** A notice with its full assessment and text preview. */
export interface NoticeDetail extends NoticeSummary {
  assessment: Assessment;
  textPreview: string;
}

export interface NewNotice extends Omit<NoticeDetail, "id" | "rawStored"> {
  dedupeKey: string;
  raw: string | null;
  /** Sender evidence kept in columns: the envelope sender, Reply-To, and the vendor a forgery imitated. */
  evidence?: { envelopeFrom: string | null; replyTo: string | null; imitates: string | null };
}

export interface NoticeRow {
  id: string;
  account_id: string;
  dedupe_key: string;
  message_id: string | null;
  source: NoticeSource;
  received_at: string;
  sent_at: string | null;
  dated_at: string;
  from_address: string | null;
  from_name: string | null;
  subject: string;
  vendor: string | null;
  kind: string;
  certificate_id: string | null;
  language: string;
  misleading: number;
  spoofed: number;
  assessment: string;
  text_preview: string;
  raw: string | null;
  raw_size: number;
}

const SUMMARY_COLUMNS = `id, message_id, source, received_at, sent_at, dated_at, from_address, from_name, subject, vendor,
  kind, certificate_id, language, misleading, spoofed, raw_size, raw IS NOT NULL AS raw_stored`;

export function summaryFromRow(
  row: Omit<NoticeRow, "raw" | "assessment" | "text_preview" | "account_id" | "dedupe_key"> & { raw_stored: number },
): NoticeSummary {
  return {
    id: row.id,
    messageId: row.message_id,
    source: row.source,
    receivedAt: row.received_at,
    sentAt: row.sent_at,
    datedAt: row.dated_at,
    from: { address: row.from_address, name: row.from_name },
    subject: row.subject,
    vendor: row.vendor,
    kind: row.kind,
    certificateId: row.certificate_id,
    language: row.language,
    misleading: row.misleading === 1,
    spoofed: row.spoofed === 1,
    rawSize: row.raw_size,
    rawStored: row.raw_stored === 1,
  };
}

function detailFromRow(row: NoticeRow): NoticeDetail {
  return {
    ...summaryFromRow({ ...row, raw_stored: row.raw === null ? 0 : 1 }),
    assessment: storedAssessment(row.assessment, "notices.assessment", () => unreadableAssessment(row)),
    textPreview: row.text_preview,
  };
}

/**
 * Stores a notice unless the account already has one with the same dedupe key (Message-ID).
 * Returns the stored notice and whether it is new.
 */
export async function insertNotice(
  db: D1Database,
  accountId: string,
  notice: NewNotice,
): Promise<{ notice: NoticeDetail; created: boolean }> {
  const id = crypto.randomUUID();
  const inserted = await db
    .prepare(
      `INSERT INTO notices (id, account_id, dedupe_key, message_id, source, received_at, sent_at, dated_at, from_address,
         from_name, subject, vendor, kind, certificate_id, language, misleading, spoofed, assessment, text_preview, raw, raw_size,
         envelope_from, reply_to, imitates)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)
       ON CONFLICT (account_id, dedupe_key) DO NOTHING RETURNING id`,
    )
    .bind(
      id,
      accountId,
      notice.dedupeKey,
      notice.messageId,
      notice.source,
      notice.receivedAt,
      notice.sentAt,
      notice.datedAt,
      notice.from.address,
      notice.from.name,
      notice.subject,
      notice.vendor,
      notice.kind,
      notice.certificateId,
      notice.language,
      notice.misleading ? 1 : 0,
      notice.spoofed ? 1 : 0,
      JSON.stringify(notice.assessment),
      notice.textPreview,
      notice.raw,
      notice.rawSize,
      notice.evidence?.envelopeFrom ?? null,
      notice.evidence?.replyTo ?? null,
      notice.evidence?.imitates ?? null,
    )
    .first<{ id: string }>();
  if (inserted) {
    const { raw, dedupeKey, ...rest } = notice;
    return { notice: { ...rest, id, rawStored: raw !== null }, created: true };
  }
  const existing = await db
    .prepare("SELECT * FROM notices WHERE account_id = ?1 AND dedupe_key = ?2")
    .bind(accountId, notice.dedupeKey)
    .first<NoticeRow>();
  if (!existing) throw new Error("notice vanished between insert and read");
  return { notice: detailFromRow(existing), created: false };
}

/** Replaces a stored notice's assessment (and its misleading flag) once the CA has been asked about it. */
export async function updateNoticeAssessment(
  db: D1Database,
  accountId: string,
  id: string,
  assessment: Assessment,
): Promise<void> {
  await db
    .prepare("UPDATE notices SET assessment = ?3, misleading = ?4 WHERE account_id = ?1 AND id = ?2")
    .bind(accountId, id, JSON.stringify(assessment), assessment.misleading ? 1 : 0)
    .run();
}

/** One notice of the account with assessment and preview, or null. */
export async function getNotice(db: D1Database, accountId: string, id: string): Promise<NoticeDetail | null> {
  const row = await db
    .prepare("SELECT * FROM notices WHERE account_id = ?1 AND id = ?2")
    .bind(accountId, id)
    .first<NoticeRow>();
  return row ? detailFromRow(row) : null;
}

export interface NoticeFilter {
  certificateId?: string;
  vendor?: string;
  kind?: string;
  misleading?: boolean;
  spoofed?: boolean;
  /** Inclusive lower bound on datedAt (ISO). */
  since?: string;
  /** Exclusive upper bound on datedAt (ISO). */
  until?: string;
}

/** A page of the account's notices, newest first, and how many match in all. */
export async function listNotices(
  db: D1Database,
  accountId: string,
  filter: NoticeFilter,
  page: { limit: number; offset: number },
): Promise<{ notices: NoticeSummary[]; total: number }> {
  const where = ["account_id = ?1"];
  const params: (string | number)[] = [accountId];
  const add = (sql: string, value: string | number) => {
    params.push(value);
    where.push(sql.replace("?", `?${params.length}`));
  };
  if (filter.certificateId) add("certificate_id = ?", filter.certificateId);
  if (filter.vendor) add("vendor = ? COLLATE NOCASE", filter.vendor);
  if (filter.kind) add("kind = ?", filter.kind);
  if (filter.misleading !== undefined) add("misleading = ?", filter.misleading ? 1 : 0);
  if (filter.spoofed !== undefined) add("spoofed = ?", filter.spoofed ? 1 : 0);
  if (filter.since) add("dated_at >= ?", filter.since);
  if (filter.until) add("dated_at < ?", filter.until);
  const clause = where.join(" AND ");
  const n = params.length;
  const [rows, count] = await db.batch([
    db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM notices WHERE ${clause} ORDER BY dated_at DESC, id LIMIT ?${n + 1} OFFSET ?${n + 2}`,
      )
      .bind(...params, page.limit, page.offset),
    db.prepare(`SELECT COUNT(*) AS total FROM notices WHERE ${clause}`).bind(...params),
  ]);
  return {
    notices: (rows.results as Parameters<typeof summaryFromRow>[0][]).map(summaryFromRow),
    total: (count.results[0] as { total: number }).total,
  };
}

/** Every notice of a certificate, oldest first (for its timeline). */
export async function listCertificateNotices(
  db: D1Database,
  accountId: string,
  certificateId: string,
): Promise<NoticeSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM notices WHERE account_id = ?1 AND certificate_id = ?2 ORDER BY dated_at, id`,
    )
    .bind(accountId, certificateId)
    .all<Parameters<typeof summaryFromRow>[0]>();
  return results.map(summaryFromRow);
}
