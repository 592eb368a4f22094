import { type AlertCandidate, listReminderCandidates, listSentReminders } from "../db/alerts";
import { ownThresholds } from "../db/certificate-rows";
import { enqueueAlerts, type NewAlert } from "./enqueue";
import {
  DAY_MS,
  DECIDE_NOW_THRESHOLDS,
  MAX_THRESHOLD_DAYS,
  daysUntil,
  overdueKey,
  overdueStep,
  reachedThreshold,
  reminderFor,
  reminderKey,
} from "./thresholds";

/** What an account chose about reminders (settings). */
export interface ReminderPolicy {
  expiryThresholds: number[];
  overdueEveryDays: number;
}

type ReminderType = "expiry-reminder" | "decide-now";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Fields every certificate alert carries, so each channel can show days left, expiry and intent. */
function certificateData(cert: AlertCandidate, daysLeft: number) {
  return { notAfter: cert.notAfter, daysLeft, intent: cert.intent, commonName: cert.commonName, vendor: cert.vendor };
}

function reminder(
  accountId: string,
  type: ReminderType,
  cert: AlertCandidate,
  daysLeft: number,
  threshold: number,
): NewAlert {
  const date = cert.notAfter.slice(0, 10);
  const vendor = cert.vendor ? ` (${cert.vendor})` : "";
  const base = {
    accountId,
    certificateId: cert.id,
    type,
    dedupeKey: reminderKey(type, cert.id, cert.notAfter, threshold),
  };
  const data = { ...certificateData(cert, daysLeft), threshold };
  if (type === "expiry-reminder") {
    return {
      ...base,
      data,
      title: `${cert.commonName} expires in ${plural(daysLeft, "day")} (${date})`,
      message: `The certificate for ${cert.commonName}${vendor} expires on ${date}. It is marked to be renewed: make sure the renewal is ordered and installed before then.`,
    };
  }
  return {
    ...base,
    data,
    title: `Decide now: ${cert.commonName} expires in ${plural(daysLeft, "day")}`,
    message: `The certificate for ${cert.commonName}${vendor} expires on ${date} and nobody has decided yet whether to renew it or let it lapse. Record the decision so vendor notices can be judged against it.`,
  };
}

/** The "expired" alert (step 0) or an "overdue" one (steps 1, 2, …). */
function expired(accountId: string, cert: AlertCandidate, now: Date, step: number): NewAlert {
  const date = cert.notAfter.slice(0, 10);
  const vendor = cert.vendor ? ` (${cert.vendor})` : "";
  const daysAgo = Math.floor((now.getTime() - Date.parse(cert.notAfter)) / DAY_MS);
  const decision =
    cert.intent === "renew"
      ? "It is marked to be renewed, but no successor has been found in CT or uploaded: install the renewal and upload it, or mark the certificate let-lapse."
      : "Nobody decided whether to renew it: renew and upload the new certificate, or mark it let-lapse.";
  return {
    accountId,
    certificateId: cert.id,
    type: step === 0 ? "expired" : "overdue",
    dedupeKey: overdueKey(cert.id, cert.notAfter, step),
    title:
      step === 0
        ? `${cert.commonName} expired on ${date}`
        : `Overdue: ${cert.commonName} expired ${plural(daysAgo, "day")} ago (${date})`,
    message: `The certificate for ${cert.commonName}${vendor} expired on ${date}. Browsers reject it. ${decision}`,
    data: { ...certificateData(cert, -daysAgo), step },
  };
}

/**
 * Queues the alerts due at `now` for renew and undecided certificates: reminders before expiry
 * (renew: the account's thresholds; undecided: "decide now" at 45 and 14 days), then "expired"
 * on the day it expires and "overdue" every `overdueEveryDays` until it is renewed, let lapse
 * or deleted. Once per certificate, validity and threshold or step; a threshold wider than one
 * already alerted is never sent later, so a clock set back does not repeat the countdown.
 * A certificate's own thresholds replace the account's (or the "decide now" ones); a muted
 * certificate gets nothing until its mute ends, then what is due by then.
 * `onlyIds` limits the run to fresh uploads ("at once"). Returns how many alerts were new.
 */
export async function queueReminders(
  db: D1Database,
  accountId: string,
  policy: ReminderPolicy,
  now: Date,
  onlyIds?: readonly string[],
): Promise<number> {
  const limits: Record<ReminderType, readonly number[]> = {
    "expiry-reminder": policy.expiryThresholds,
    "decide-now": DECIDE_NOW_THRESHOLDS,
  };
  const widest = Math.max(...policy.expiryThresholds, ...DECIDE_NOW_THRESHOLDS);
  const candidates = await listReminderCandidates(
    db,
    accountId,
    {
      now: now.toISOString(),
      until: new Date(now.getTime() + widest * DAY_MS).toISOString(),
      ownUntil: new Date(now.getTime() + MAX_THRESHOLD_DAYS * DAY_MS).toISOString(),
    },
    onlyIds,
  );
  const alerts: NewAlert[] = [];
  const due: { type: ReminderType; cert: AlertCandidate; daysLeft: number; threshold: number }[] = [];
  for (const cert of candidates) {
    if (Date.parse(cert.notAfter) <= now.getTime()) {
      alerts.push(expired(accountId, cert, now, overdueStep(cert.notAfter, now, policy.overdueEveryDays)));
      continue;
    }
    const type = reminderFor(cert.intent);
    if (!type) continue;
    const daysLeft = daysUntil(cert.notAfter, now);
    const own = ownThresholds(cert.alertThresholds);
    const threshold = reachedThreshold(daysLeft, own ?? limits[type]);
    if (threshold !== null) due.push({ type, cert, daysLeft, threshold });
  }
  for (const type of ["expiry-reminder", "decide-now"] as const) {
    const ofType = due.filter((d) => d.type === type);
    if (!ofType.length) continue;
    const sent = await listSentReminders(
      db,
      accountId,
      type,
      ofType.map((d) => d.cert.id),
    );
    for (const d of ofType) {
      const already = (sent.get(d.cert.id) ?? []).some(
        (s) => s.notAfter === d.cert.notAfter && s.threshold <= d.threshold,
      );
      if (!already) alerts.push(reminder(accountId, type, d.cert, d.daysLeft, d.threshold));
    }
  }
  return enqueueAlerts(
    db,
    alerts.map((alert) => ({ ...alert, createdAt: now.toISOString() })),
  );
}
