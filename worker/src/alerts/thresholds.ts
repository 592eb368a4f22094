import type { Intent } from "../../../shared/inventory";

/** One day in milliseconds: alert and vendor arithmetic counts whole UTC days. */
export const DAY_MS = 86_400_000;

/** Thresholds of the "decide now" reminder for undecided certificates. */
export const DECIDE_NOW_THRESHOLDS = [45, 14];

/** Whole days from `now` until `notAfter`, rounded up: 13.2 days left reads as "in 14 days". */
export function daysUntil(notAfter: string, now: Date): number {
  return Math.ceil((Date.parse(notAfter) - now.getTime()) / DAY_MS) || 0;
}

/**
 * The threshold a certificate with `daysLeft` has reached: the smallest one at or above it.
 * When the cron missed days, only the tightest threshold is due, not every one skipped.
 * Null once expired or while still outside every threshold.
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
