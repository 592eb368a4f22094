import type { Intent } from "../../../shared/inventory";

/** The certificates ending in one month, per intent. */
export interface MonthBucket {
  /** First day of the month, UTC. */
  start: Date;
  counts: Record<Intent, number>;
}

/**
 * Dates after which CAs may issue only shorter certificates (CA/Browser Forum ballot SC-081):
 * 100 days from 15 March 2027, 47 days from 15 March 2029. Renewals near them get shorter.
 */
export const LIFETIME_CAPS = [
  { date: "2027-03-15", maxDays: 100 },
  { date: "2029-03-15", maxDays: 47 },
] as const;

/** The twelve months starting with the current one, with the certificates that expire in each. */
export function monthBuckets(
  certificates: { notAfter: string; intent: Intent }[],
  now: Date,
  months = 12,
): MonthBucket[] {
  const buckets: MonthBucket[] = [];
  for (let i = 0; i < months; i++) {
    buckets.push({
      start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1)),
      counts: { renew: 0, "let-lapse": 0, undecided: 0 },
    });
  }
  for (const certificate of certificates) {
    const end = new Date(certificate.notAfter);
    if (Number.isNaN(end.getTime()) || end < now) continue;
    const index = (end.getUTCFullYear() - now.getUTCFullYear()) * 12 + end.getUTCMonth() - now.getUTCMonth();
    if (index >= 0 && index < months) buckets[index].counts[certificate.intent] += 1;
  }
  return buckets;
}
