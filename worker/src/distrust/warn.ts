import { enqueueAlerts, type NewAlert } from "../alerts/enqueue";
import { daysUntil } from "../alerts/thresholds";
import { listDistrustCandidates } from "../db/distrust-candidates";
import { longDate } from "../lifetime-caps/renewals";
import { distrusts, eventsInView, issuerNames } from "./match";

/**
 * Alerts, once per event and certificate, the owners of `renew` and `undecided` certificates that
 * a browser stops trusting while they are still valid: 90 days before the event's date, or at
 * once when that is already past (a certificate uploaded late, or an event already in force).
 * Returns how many alerts were new.
 */
export async function queueDistrustWarnings(db: D1Database, accountId: string, now: Date): Promise<number> {
  const events = eventsInView(now);
  if (events.length === 0) return 0;
  const earliest = `${events.map((e) => e.date).sort()[0]}T00:00:00.000Z`;
  const certificates = await listDistrustCandidates(db, accountId, now.toISOString(), earliest);
  const alerts: NewAlert[] = [];
  for (const cert of certificates) {
    const names = issuerNames(cert);
    for (const event of events.filter((e) => distrusts(e, cert, names))) {
      const when = longDate(event.date);
      const started = event.date <= now.toISOString().slice(0, 10);
      alerts.push({
        accountId,
        certificateId: cert.id,
        type: "distrust",
        dedupeKey: `distrust:${cert.id}:${event.id}`,
        title: `${event.browser} ${started ? "no longer trusts" : `stops trusting on ${when}`} ${cert.commonName} (${event.ca})`,
        message:
          `${event.browser} ${started ? `has not trusted since ${when}` : `will not trust from ${when}`} certificates from ${event.ca}` +
          `${event.issuedAfter ? ` issued after ${event.issuedAfter.slice(0, 10)}` : ""}${event.issuedBefore ? ` issued before ${event.issuedBefore.slice(0, 10)}` : ""}; ` +
          `this certificate is valid until ${cert.notAfter.slice(0, 10)}. Replace it with one from another CA before then. Source: ${event.source}.`,
        data: {
          notAfter: cert.notAfter,
          daysLeft: daysUntil(cert.notAfter, now),
          intent: cert.intent,
          commonName: cert.commonName,
          event: event.id,
          browser: event.browser,
          distrustDate: event.date,
          source: event.source,
        },
        createdAt: now.toISOString(),
      });
    }
  }
  return enqueueAlerts(db, alerts);
}
