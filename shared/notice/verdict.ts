import type { Claim, ClaimType, NoticeKind } from "./types";

const PAYMENT: ClaimType[] = ["payment-failed", "awaiting-payment", "receipt", "revoked-for-payment"];
const PAST_REVOCATION: ClaimType[] = ["revoked"];
const FUTURE_REVOCATION: ClaimType[] = ["will-be-revoked", "distrust"];
const EXPIRY: ClaimType[] = ["expires-in-days", "expires-on", "has-expired"];
// Phrases that carry an expiry claim of their own, beyond a date an issuance notice also states.
const PRESSING: ClaimType[] = ["expires-in-days", "has-expired", "urgency", "renewal-call-to-action"];

/**
 * What the notice is about, by the LABELS.md precedence payment > revocation > expiry > other.
 * Announcements of future revocation or distrust, and offers, speak about a certificate only
 * when they name an owned one; otherwise they are general news (`other`).
 */
export function decideKind(claims: readonly Claim[], certificateMatched: boolean): NoticeKind {
  const has = (types: ClaimType[]) => claims.some((c) => types.includes(c.type));
  if (has(PAYMENT)) return "payment";
  if (has(PAST_REVOCATION) || (certificateMatched && has(FUTURE_REVOCATION))) return "revocation";
  // "Must be replaced" is a revocation only with a reason (mis-issuance, key compromise, distrust).
  if (certificateMatched && has(["must-replace"]) && has(["revocation-reason"])) return "revocation";
  const marketing = has(["marketing"]);
  // An issuance or validation notice states validity dates without claiming anything about expiry.
  if (has(["issued", "domain-validation"]) && !has(PRESSING)) return "other";
  if (has(EXPIRY) && (certificateMatched || !marketing)) return "expiry";
  if (certificateMatched && has(["urgency"])) return "expiry";
  return "other";
}
