import { RENEW_WINDOW_DAYS, UNDECIDED_WINDOW_DAYS } from "../../../shared/policy";
import type { ApiCertificate } from "../api/api-schemas";

// What needs the owner's attention. The thresholds follow the owner's decision (shared/policy.ts):
// a certificate to renew needs action in its last 30 days, an undecided one earlier (45 days)
// because a decision has to come before the renewal; one to let lapse never needs action.

export { RENEW_WINDOW_DAYS, UNDECIDED_WINDOW_DAYS };

const DAY_MS = 86_400_000;

/** Whole days from `now` until the certificate's notAfter; negative once it has expired. */
export function daysLeft(certificate: Pick<ApiCertificate, "notAfter">, now: Date): number {
  const end = Date.parse(certificate.notAfter);
  return Math.floor((end - now.getTime()) / DAY_MS);
}

/** Whether the owner has to act on this certificate now. */
export function needsAction(certificate: ApiCertificate, now: Date): boolean {
  if (certificate.status === "superseded") return false;
  const days = daysLeft(certificate, now);
  if (certificate.intent === "renew") return days <= RENEW_WINDOW_DAYS;
  if (certificate.intent === "undecided") return days <= UNDECIDED_WINDOW_DAYS;
  return false;
}

/** Expired certificates the owner chose to let lapse: the outcome that was planned. */
export function lapsedAsPlanned(certificate: ApiCertificate, now: Date): boolean {
  return certificate.intent === "let-lapse" && (certificate.status === "lapsed" || daysLeft(certificate, now) < 0);
}

/**
 * The most urgent certificates: those needing action first, then the rest by days left.
 * Lapsing and superseded certificates are left out: nothing is to be done about them.
 */
export function mostUrgent(certificates: ApiCertificate[], now: Date, count = 5): ApiCertificate[] {
  return certificates
    .filter((c) => c.intent !== "let-lapse" && c.status !== "superseded")
    .map((c) => ({ c, action: needsAction(c, now), days: daysLeft(c, now) }))
    .sort((a, b) => Number(b.action) - Number(a.action) || a.days - b.days)
    .slice(0, count)
    .map((entry) => entry.c);
}

export interface Summary {
  needAction: number;
  lapsedAsPlanned: number;
  total: number;
}

/** The popup's counts at a glance. */
export function summarize(certificates: ApiCertificate[], now: Date): Summary {
  return {
    needAction: certificates.filter((c) => needsAction(c, now)).length,
    lapsedAsPlanned: certificates.filter((c) => lapsedAsPlanned(c, now)).length,
    total: certificates.length,
  };
}
