import { CAP_BEFORE_SC081, type LifetimeCap, LIFETIME_CAPS } from "./caps";

const DAY_MS = 86_400_000;
/** Steps are announced this many days ahead: enough to automate or plan the extra renewals. */
export const WARN_DAYS_AHEAD = 90;

/** Renewals a year a certificate needs when each one lasts at most `maxDays`. */
export function renewalsPerYear(maxDays: number): number {
  return Math.ceil(365 / maxDays);
}

/** The cap in force on `at`. */
export function capOn(at: Date): LifetimeCap {
  const day = at.toISOString().slice(0, 10);
  return [...LIFETIME_CAPS].reverse().find((cap) => cap.from <= day) ?? CAP_BEFORE_SC081;
}

/** What manual renewal means for a certificate now and at each step still to come. */
export interface ManualRenewal {
  maxDays: number;
  renewalsPerYear: number;
  upcoming: { from: string; maxDays: number; dcvReuseDays: number; renewalsPerYear: number; source: string }[];
}

/** For a `renew` certificate renewed by hand (autoRenew false); null otherwise. */
export function manualRenewal(cert: { intent: string; autoRenew: boolean }, now: Date): ManualRenewal | null {
  if (cert.intent !== "renew" || cert.autoRenew) return null;
  const current = capOn(now);
  const today = now.toISOString().slice(0, 10);
  return {
    maxDays: current.maxDays,
    renewalsPerYear: renewalsPerYear(current.maxDays),
    upcoming: LIFETIME_CAPS.filter((cap) => cap.from > today).map((cap) => ({
      ...cap,
      renewalsPerYear: renewalsPerYear(cap.maxDays),
    })),
  };
}

/** The step to warn about at `now`: one starting within WARN_DAYS_AHEAD days, if any. */
export function stepAhead(now: Date): LifetimeCap | null {
  const until = new Date(now.getTime() + WARN_DAYS_AHEAD * DAY_MS).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return LIFETIME_CAPS.find((cap) => cap.from > today && cap.from <= until) ?? null;
}

/** "15 Mar 2027" */
export function longDate(day: string): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const [y, m, d] = day.split("-").map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}
