import type { Claim, ClaimType, NoticeKind } from "./types";

const PAYMENT: ClaimType[] = ["payment-failed", "awaiting-payment", "receipt", "revoked-for-payment"];
const PAST_REVOCATION: ClaimType[] = ["revoked"];
const FUTURE_REVOCATION: ClaimType[] = ["will-be-revoked", "distrust"];
const EXPIRY: ClaimType[] = ["expires-in-days", "expires-within-days", "expires-on", "has-expired"];
// Phrases that carry an expiry claim of their own, beyond a date an issuance notice also states.
const PRESSING: ClaimType[] = ["expires-in-days", "has-expired", "urgency", "renewal-call-to-action"];

/**
 * What the notice is about, by the LABELS.md precedence payment > revocation > expiry > other.
 * Announcements of future revocation or distrust, and offers, speak about a certificate only
 * when they name an owned one; otherwise they are general news (`other`).
 */
export function decideKind(claims: readonly Claim[], certificateMatched: boolean, namesHost = true): NoticeKind {
  const has = (types: ClaimType[]) => claims.some((c) => types.includes(c.type));
  if (has(PAYMENT)) return "payment";
  // "Some certificates have been revoked" with no name in sight is an advisory, not a revocation notice.
  if ((has(PAST_REVOCATION) && (certificateMatched || namesHost)) || (certificateMatched && has(FUTURE_REVOCATION))) return "revocation";
  // "Must be replaced" is a revocation only with a reason (mis-issuance, key compromise, distrust).
  if (certificateMatched && has(["must-replace"]) && has(["revocation-reason"])) return "revocation";
  // Kind is what the notice is about: announcing that a named host's certificate will be revoked is a revocation notice, owned or not.
  // An order number names the recipient's certificate as surely as a host does.
  if ((namesHost || has(["order-number"])) && has(["will-be-revoked"])) return "revocation";
  const marketing = has(["marketing"]);
  // An issuance or validation notice states validity dates without claiming anything about expiry.
  if (has(["issued", "domain-validation"]) && !has(PRESSING)) return "other";
  if (has(EXPIRY) && (certificateMatched || !marketing)) return "expiry";
  if (certificateMatched && has(["urgency"])) return "expiry";
  // A renewal reminder may only give the date as a field: "Expiry date: …  Renew now".
  if (certificateMatched && has(["renewal-call-to-action"]) && has(["valid-until"]) && !has(["domain-validation", "issued"])) return "expiry";
  return "other";
}
