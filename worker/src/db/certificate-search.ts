import type { Certificate } from "../certificates/schema";
import type { ListQuery } from "../certificates/query";
import { EXPIRING_WITHIN_DAYS, isoDaysFrom } from "../certificates/status";
import { hostnameToUnicode, normalizeHostname } from "../../../shared/x509/hostname";
import { type CertificateRow, rowToCertificate } from "./certificate-rows";

/** A page of certificates and the number that match in all. */
export interface CertificatePage {
  certificates: Certificate[];
  total: number;
}

type Condition = [sql: string, ...params: unknown[]];

/**
 * SQL for the computed status, mirroring `computeStatus` (ISO UTC dates compare as text):
 * `superseded` (set by the truth checks) comes first, the date-based statuses exclude it.
 */
function statusCondition(status: NonNullable<ListQuery["status"]>, now: Date): Condition {
  const nowIso = now.toISOString();
  const soon = isoDaysFrom(now, EXPIRING_WITHIN_DAYS);
  const live = "c.superseded_by IS NULL AND ";
  switch (status) {
    case "superseded":
      return ["c.superseded_by IS NOT NULL"];
    case "lapsed":
      return [`${live}c.not_after <= ? AND c.intent = 'let-lapse'`, nowIso];
    case "expired":
      return [`${live}c.not_after <= ? AND c.intent <> 'let-lapse'`, nowIso];
    case "expiring":
      return [`${live}c.not_after > ? AND c.not_after <= ?`, nowIso, soon];
    case "active":
      return [`${live}c.not_after > ?`, soon];
  }
}

/**
 * Names match when they contain `q`, or when a wildcard name covers it: `q=foo.example.com`
 * finds `*.example.com` (one label only, as RFC 6125 says). Exact IP, order or serial numbers too.
 * An internationalized name is searched in its punycode and its Unicode form, so either finds
 * a certificate whichever form it was written in; an IP address in its canonical form.
 */
function nameCondition(q: string): Condition {
  const forms = [...new Set([q, hostnameToUnicode(q)])];
  const conditions = forms.map(formCondition);
  return [`(${conditions.map(([sql]) => sql).join(" OR ")})`, ...conditions.flatMap(([, ...params]) => params)];
}

function formCondition(q: string): Condition {
  const wildcard = coveringWildcard(q);
  return [
    `(instr(lower(c.common_name), ?) > 0 OR lower(c.common_name) = ?
      OR EXISTS (SELECT 1 FROM json_each(c.sans) s WHERE instr(lower(s.value), ?) > 0 OR lower(s.value) = ?)
      OR EXISTS (SELECT 1 FROM json_each(c.ip_addresses) i WHERE lower(i.value) = ?)
      OR EXISTS (SELECT 1 FROM json_each(c.order_numbers) o WHERE lower(o.value) = ?)
      OR lower(c.serial_number) = ?)`,
    q,
    wildcard,
    q,
    wildcard,
    q,
    q,
    q.replace(/:/g, ""),
  ];
}

/** The wildcard name that would cover `host` (`foo.example.com` → `*.example.com`). */
export function coveringWildcard(host: string): string {
  const dot = host.indexOf(".");
  return dot > 0 && host.indexOf(".", dot + 1) > 0 ? `*${host.slice(dot)}` : host;
}

/** The account's certificates matching a list query: filtered, sorted by notAfter, one page. */
export async function searchCertificates(
  db: D1Database,
  accountId: string,
  query: ListQuery,
  now: Date = new Date(),
): Promise<CertificatePage> {
  const q = query.q ? normalizeHostname(query.q) : "";
  const conditions: Condition[] = [["c.account_id = ?", accountId]];
  if (query.status) conditions.push(statusCondition(query.status, now));
  if (query.intent) conditions.push(["c.intent = ?", query.intent]);
  if (query.expiringWithinDays !== undefined) {
    conditions.push([
      "c.not_after > ? AND c.not_after <= ?",
      now.toISOString(),
      isoDaysFrom(now, query.expiringWithinDays),
    ]);
  }
  if (q) conditions.push(nameCondition(q));
  const where = conditions.map(([sql]) => sql).join(" AND ");
  const params = conditions.flatMap(([, ...values]) => values);
  const direction = query.order === "desc" ? "DESC" : "ASC";
  const [rows, count] = await db.batch([
    db
      .prepare(`SELECT c.* FROM certificates c WHERE ${where} ORDER BY c.not_after ${direction}, c.id LIMIT ? OFFSET ?`)
      .bind(...params, query.limit, query.offset),
    db.prepare(`SELECT count(*) AS total FROM certificates c WHERE ${where}`).bind(...params),
  ]);
  return {
    certificates: (rows.results as CertificateRow[]).map((row) => rowToCertificate(row, now)),
    total: (count.results[0] as { total: number }).total,
  };
}
