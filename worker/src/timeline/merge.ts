import type { IntentChange } from "../certificates/schema";
import type { CertificateRow } from "../db/certificate-rows";
import type { NoticeSummary } from "../db/notices";
import type { TimelineEvent } from "../db/timeline-events";

/** One entry of a certificate's timeline, whatever it came from. */
export interface TimelineEntry {
  at: string;
  /** issued, expired, lapsed, intent-change, notice, alert, or a stored event's own type. */
  type: string;
  source: "status" | "intent" | "notice" | "alert" | "event";
  summary: string;
  data: Record<string, unknown>;
}

export interface TimelineParts {
  certificate: Pick<CertificateRow, "id" | "common_name" | "not_before" | "not_after" | "intent">;
  intentChanges: IntentChange[];
  notices: NoticeSummary[];
  alerts: { id: string; type: string; title: string; createdAt: string }[];
  events: TimelineEvent[];
  now: Date;
}

/** Status events computed from the validity: issued, and expired (or lapsed, when let lapse on purpose). */
function statusEntries({ certificate, now }: TimelineParts): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const name = certificate.common_name;
  if (certificate.not_before) {
    entries.push({
      at: certificate.not_before,
      type: "issued",
      source: "status",
      summary: `Certificate for ${name} issued`,
      data: {},
    });
  }
  if (Date.parse(certificate.not_after) <= now.getTime()) {
    const lapsed = certificate.intent === "let-lapse";
    entries.push({
      at: certificate.not_after,
      type: lapsed ? "lapsed" : "expired",
      source: "status",
      summary: lapsed
        ? `Expired and lapsed as decided: ${name} was not renewed on purpose`
        : `Certificate for ${name} expired`,
      data: { intent: certificate.intent },
    });
  }
  return entries;
}

function noticeSummary(notice: NoticeSummary): string {
  const verdict = [notice.misleading && "misleading", notice.spoofed && "spoofed"].filter(Boolean).join(", ");
  const from = notice.vendor ?? notice.from.address ?? "unknown sender";
  return `${notice.kind} notice from ${from}: "${notice.subject}"${verdict ? ` (${verdict})` : ""}`;
}

const SOURCE_ORDER = { status: 0, intent: 1, alert: 2, event: 3, notice: 4 } as const;

/** Everything that happened to a certificate, oldest first. */
export function mergeTimeline(parts: TimelineParts): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...statusEntries(parts),
    ...parts.intentChanges.map((change) => ({
      at: change.changedAt,
      type: "intent-change",
      source: "intent" as const,
      summary: change.fromIntent
        ? `Intent changed from ${change.fromIntent} to ${change.toIntent} by ${change.changedBy}${change.reason ? `: ${change.reason}` : ""}`
        : `Recorded with intent ${change.toIntent} by ${change.changedBy}${change.reason ? `: ${change.reason}` : ""}`,
      data: {
        fromIntent: change.fromIntent,
        toIntent: change.toIntent,
        changedBy: change.changedBy,
        reason: change.reason,
      },
    })),
    ...parts.notices.map((notice) => ({
      at: notice.datedAt,
      type: "notice",
      source: "notice" as const,
      summary: noticeSummary(notice),
      data: {
        noticeId: notice.id,
        kind: notice.kind,
        vendor: notice.vendor,
        misleading: notice.misleading,
        spoofed: notice.spoofed,
      },
    })),
    ...parts.alerts.map((alert) => ({
      at: alert.createdAt,
      type: "alert",
      source: "alert" as const,
      summary: `Alert: ${alert.title}`,
      data: { alertId: alert.id, alertType: alert.type },
    })),
    ...parts.events.map((event) => ({
      at: event.occurredAt,
      type: event.type,
      source: "event" as const,
      summary: event.summary,
      data: event.data,
    })),
  ];
  const time = (at: string) => Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at);
  return entries.sort((a, b) => time(a.at) - time(b.at) || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]);
}
