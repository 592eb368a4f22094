import type { Intent } from "../../../shared/inventory";
import { DECIDE_NOW_THRESHOLDS } from "../../../shared/policy";

/** One day in milliseconds: alert and vendor arithmetic counts whole UTC days. */
export const DAY_MS = 86_400_000;

export { DECIDE_NOW_THRESHOLDS };

/** The widest threshold an account or a certificate may set. */
export const MAX_THRESHOLD_DAYS = 365;

/** Days between "expired" and each "overdue" alert when the account did not choose. */
export const DEFAULT_OVERDUE_EVERY_DAYS = 3;

/** Whole days from `now` until `notAfter`, rounded up: 13.2 days left reads as "in 14 days". */
export function daysUntil(notAfter: string, now: Date): number {
  return Math.ceil((Date.parse(notAfter) - now.getTime()) / DAY_MS) || 0;
}

/**
 * The threshold a certificate with `daysLeft` has reached: the smallest one at or above it.
 * When the cron missed days, only the tightest threshold is due, not every one skipped.
 * Null once expired (the expired/overdue alerts take over) or while outside every threshold.
 */
export function reachedThreshold(daysLeft: number, thresholds: readonly number[]): number | null {
  if (daysLeft < 1) return null;
  const reached = thresholds.filter((t) => daysLeft <= t);
  return reached.length ? Math.min(...reached) : null;
}

/** The reminder kind an intent gets; let-lapse certificates get none (the digest mentions them). */
export function reminderFor(intent: Intent): "expiry-reminder" | "decide-now" | null {
  if (intent === "renew") return "expiry-reminder";
  if (intent === "undecided") return "decide-now";
  return null;
}

/** Dedupe key of one reminder: per certificate, per validity (a renewal starts afresh) and threshold. */
export function reminderKey(type: string, certificateId: string, notAfter: string, threshold: number): string {
  return `${type}:${certificateId}:${notAfter}:${threshold}`;
}

/**
 * Which expired/overdue step a certificate expired `daysSince` whole days ago is in: 0 is the
 * "expired" alert (the day it expires and the days after, up to `everyDays`), 1, 2, … are the
 * overdue alerts every `everyDays`. A missed run never sends the steps it skipped.
 */
export function overdueStep(notAfter: string, now: Date, everyDays: number): number {
  const daysSince = Math.floor((now.getTime() - Date.parse(notAfter)) / DAY_MS);
  return Math.max(0, Math.floor(daysSince / everyDays));
}

/** Dedupe key of one expired/overdue alert: per certificate, validity and step. */
export function overdueKey(certificateId: string, notAfter: string, step: number): string {
  return `expired:${certificateId}:${notAfter}:${step}`;
}
