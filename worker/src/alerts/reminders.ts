import type { Intent } from "../../../shared/inventory";
import { type AlertCandidate, listExpiringCertificates, listSentReminders } from "../db/alerts";
import { enqueueAlerts, type NewAlert } from "./enqueue";
import { DAY_MS, DECIDE_NOW_THRESHOLDS, daysUntil, reachedThreshold, reminderFor, reminderKey } from "./thresholds";


function describe(
  accountId: string,
  type: "expiry-reminder" | "decide-now",
  cert: AlertCandidate,
  daysLeft: number,
  threshold: number,
): NewAlert {
  const date = cert.notAfter.slice(0, 10);
  const vendor = cert.vendor ? ` (${cert.vendor})` : "";
  const base = { accountId, certificateId: cert.id, type, data: { notAfter: cert.notAfter, threshold, daysLeft, commonName: cert.commonName } };
  if (type === "expiry-reminder") {
    return {
      ...base,
      dedupeKey: reminderKey(type, cert.id, cert.notAfter, threshold),
      title: `${cert.commonName} expires in ${daysLeft} day${daysLeft === 1 ? "" : "s"} (${date})`,
      message: `The certificate for ${cert.commonName}${vendor} expires on ${date}. It is marked to be renewed: make sure the renewal is ordered and installed before then.`,
    };
  }
  return {
    ...base,
    dedupeKey: reminderKey(type, cert.id, cert.notAfter, threshold),
    title: `Decide now: ${cert.commonName} expires in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`,
    message: `The certificate for ${cert.commonName}${vendor} expires on ${date} and nobody has decided yet whether to renew it or let it lapse. Record the decision so vendor notices can be judged against it.`,
  };
}

/**
 * Queues the expiry reminders (renew) and "decide now" reminders (undecided) due at `now`.
 * Once per certificate, validity and threshold; a threshold wider than one already alerted is
 * never sent later, so a clock set back does not repeat the countdown. Returns how many were new.
 */
export async function queueReminders(db: D1Database, accountId: string, thresholds: number[], now: Date): Promise<number> {
  let queued = 0;
  const plans: [Intent, number[]][] = [
    ["renew", thresholds],
    ["undecided", DECIDE_NOW_THRESHOLDS],
  ];
  for (const [intent, limits] of plans) {
    const type = reminderFor(intent);
    if (!type || !limits.length) continue;
    const until = new Date(now.getTime() + Math.max(...limits) * DAY_MS).toISOString();
    const candidates = await listExpiringCertificates(db, accountId, [intent], now.toISOString(), until);
    const due = candidates
      .map((cert) => ({ cert, daysLeft: daysUntil(cert.notAfter, now) }))
      .map((c) => ({ ...c, threshold: reachedThreshold(c.daysLeft, limits) }))
      .filter((c): c is typeof c & { threshold: number } => c.threshold !== null);
    const sent = await listSentReminders(db, accountId, type, due.map((c) => c.cert.id));
    const fresh = due.filter(
      (c) => !(sent.get(c.cert.id) ?? []).some((s) => s.notAfter === c.cert.notAfter && s.threshold <= c.threshold),
    );
    queued += await enqueueAlerts(
      db,
      fresh.map((c) => ({ ...describe(accountId, type, c.cert, c.daysLeft, c.threshold), createdAt: now.toISOString() })),
    );
  }
  return queued;
}
