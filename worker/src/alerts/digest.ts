import { listOverdueCertificates } from "../db/alerts";
import { lapsedBetween, misleadingByVendor } from "../db/vendor-pressure";
import { enqueueAlert } from "./enqueue";
import { DAY_MS } from "./thresholds";

/** The ISO week before the one `now` is in: [Monday 00:00 UTC, next Monday). */
export function previousWeek(now: Date): { start: Date; end: Date } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  const end = new Date(today - sinceMonday * DAY_MS);
  return { start: new Date(end.getTime() - 7 * DAY_MS), end };
}

/**
 * Queues the weekly digest about the previous week, once per week (the first run in a week).
 * It names the renew/undecided certificates that are expired with no successor (in every digest
 * until they are renewed, let lapse or deleted), the let-lapse certificates that lapsed that week
 * (each lapses in exactly one week, so it is mentioned once) and the misleading notices per
 * vendor. Nothing to say, no digest.
 */
export async function queueWeeklyDigest(db: D1Database, accountId: string, now: Date): Promise<boolean> {
  const { start, end } = previousWeek(now);
  const [from, to] = [start.toISOString(), end.toISOString()];
  const [overdue, lapsed, pressure] = await Promise.all([
    listOverdueCertificates(db, accountId, now.toISOString()),
    lapsedBetween(db, accountId, from, to),
    misleadingByVendor(db, accountId, from, to),
  ]);
  if (!overdue.length && !lapsed.length && !pressure.length) return false;
  const week = `${from.slice(0, 10)} to ${new Date(end.getTime() - DAY_MS).toISOString().slice(0, 10)}`;
  const lines = [`Week ${week}.`];
  if (overdue.length) {
    lines.push("", "Expired and not renewed (overdue):");
    for (const cert of overdue) {
      const muted = cert.muteUntil ? ` (muted until ${cert.muteUntil.slice(0, 10)})` : "";
      lines.push(`- ${cert.commonName}, expired ${cert.notAfter.slice(0, 10)}, ${cert.intent}${muted}`);
    }
  }
  if (lapsed.length) {
    lines.push("", "Lapsed as decided (not renewed on purpose):");
    for (const cert of lapsed) lines.push(`- ${cert.commonName}, expired ${cert.notAfter.slice(0, 10)}`);
  }
  if (pressure.length) {
    lines.push("", "Vendor pressure (misleading notices received):");
    for (const row of pressure) lines.push(`- ${row.vendor}: ${row.misleading}`);
  }
  const result = await enqueueAlert(db, {
    accountId,
    certificateId: null,
    type: "weekly-digest",
    dedupeKey: `weekly-digest:${from.slice(0, 10)}`,
    title: `Certitude weekly digest, ${week}`,
    message: lines.join("\n"),
    data: { periodStart: from, periodEnd: to, overdue, lapsed, vendorPressure: pressure },
    createdAt: now.toISOString(),
  });
  return result.created;
}
