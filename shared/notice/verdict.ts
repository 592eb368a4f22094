import type { Claim, ClaimType, NoticeKind } from "./types";

const PAYMENT: ClaimType[] = ["payment-failed", "awaiting-payment", "receipt", "revoked-for-payment"];
const PAST_REVOCATION: ClaimType[] = ["revoked"];
const FUTURE_REVOCATION: ClaimType[] = ["will-be-revoked", "distrust"];
const EXPIRY: ClaimType[] = ["expires-in-days", "expires-within-days", "expires-on", "has-expired"];
const STATED_EXPIRY: ClaimType[] = [
  "expires-in-days",
  "expires-within-days",
  "expires-on",
  "has-expired",
  "expires-soon",
];
// Phrases that carry an expiry claim of their own, beyond a date an issuance notice also states.
const PRESSING: ClaimType[] = ["expires-in-days", "has-expired", "urgency", "renewal-call-to-action", "expires-soon"];

/** What decideKind knows about a notice besides its claims. */
export interface KindFacts {
  /** The notice names an owned certificate. */
  certificateMatched: boolean;
  /** The notice names a host name (owned or not). */
  namesHost: boolean;
  /** The notice calls something a certificate (SSL, TLS, Zertifikat, 証明書 …) in any language. */
  mentionsCertificate: boolean;
}

/** One row of the kind table: the kind it gives when its test holds. */
export interface KindRule {
  id: string;
  description: string;
  kind: NoticeKind;
  when: (has: (types: readonly ClaimType[]) => boolean, facts: KindFacts) => boolean;
}

/**
 * The kind table, read top to bottom; the first row that holds decides (LABELS.md precedence:
 * payment > revocation > expiry > other). Each row is one reason a notice is of a kind.
 */
export const KIND_RULES: readonly KindRule[] = [
  {
    id: "kind.payment",
    description: "A money claim, whatever was sold (receipts too)",
    kind: "payment",
    when: (has) => has(PAYMENT),
  },
  // Revocation, expiry and renewal claims only count when the notice is about a certificate at all: a domain, hosting, antivirus or mailbox "expires" is no certificate's.
  {
    id: "kind.not-a-certificate",
    description: "Names no certificate in any language: a domain, hosting, subscription, parcel or mailbox notice",
    kind: "other",
    when: (_has, f) => !f.mentionsCertificate,
  },
  {
    id: "kind.revoked-named",
    description: "Says a named certificate (owned or a host) was revoked",
    kind: "revocation",
    when: (has, f) => has(PAST_REVOCATION) && (f.certificateMatched || f.namesHost),
  },
  {
    id: "kind.revocation-announced-owned",
    description: "Announces revocation or distrust of an owned certificate",
    kind: "revocation",
    when: (has, f) => f.certificateMatched && has(FUTURE_REVOCATION),
  },
  // "Must be replaced" is a revocation only with a reason (mis-issuance, key compromise, distrust).
  {
    id: "kind.must-replace-for-reason",
    description: "An owned certificate must be replaced for a stated reason",
    kind: "revocation",
    when: (has, f) => f.certificateMatched && has(["must-replace"]) && has(["revocation-reason"]),
  },
  // An order number names the recipient's certificate as surely as a host does.
  {
    id: "kind.revocation-announced-named",
    description: "Announces the revocation of a named host's or order's certificate",
    kind: "revocation",
    when: (has, f) => (f.namesHost || has(["order-number"])) && has(["will-be-revoked"]),
  },
  // A CA's incident notice announcing revocations is a revocation notice even when it names no certificate.
  {
    id: "kind.incident",
    description: "A CA incident notice that announces or reports revocations",
    kind: "revocation",
    when: (has) => has(["incident"]) && has([...PAST_REVOCATION, "will-be-revoked"]),
  },
  // An issuance or validation notice states validity dates without claiming anything about expiry.
  {
    id: "kind.issued",
    description: "An issuance notice with no pressing expiry claim",
    kind: "other",
    when: (has) => has(["issued"]) && !has(PRESSING),
  },
  // A validation reminder presses for the validation ("don't wait for it to expire"), not for the certificate.
  {
    id: "kind.validation",
    description: "A domain-validation notice that claims no expiry of the certificate",
    kind: "other",
    when: (has) => has(["domain-validation"]) && !has(STATED_EXPIRY),
  },
  {
    id: "kind.expiry",
    description: "An expiry claim about an owned certificate, or outside an offer",
    kind: "expiry",
    when: (has, f) => has(EXPIRY) && (f.certificateMatched || !has(["marketing"])),
  },
  // "A certificate close to expiry" in general says nothing about one: only a named one expires soon.
  {
    id: "kind.expires-soon-named",
    description: "Says a named certificate (owned or a host) expires soon",
    kind: "expiry",
    when: (has, f) => (f.certificateMatched || f.namesHost) && has(["expires-soon"]),
  },
  {
    id: "kind.urgent-owned",
    description: "Presses an owned certificate's renewal",
    kind: "expiry",
    when: (has, f) => f.certificateMatched && has(["urgency"]),
  },
  // A renewal reminder may only give the date as a field: "Expiry date: …  Renew now".
  {
    id: "kind.renew-with-date-field",
    description: "Asks to renew an owned certificate beside its end date",
    kind: "expiry",
    when: (has, f) =>
      f.certificateMatched &&
      has(["renewal-call-to-action"]) &&
      has(["valid-until"]) &&
      !has(["domain-validation", "issued"]),
  },
];

/**
 * What the notice is about: the first row of {@link KIND_RULES} that holds, else `other`.
 * Announcements of future revocation or distrust, and offers, speak about a certificate only
 * when they name an owned one; otherwise they are general news (`other`).
 */
export function decideKind(claims: readonly Claim[], facts: KindFacts): NoticeKind {
  const types = new Set(claims.map((c) => c.type));
  const has = (list: readonly ClaimType[]) => list.some((t) => types.has(t));
  return KIND_RULES.find((rule) => rule.when(has, facts))?.kind ?? "other";
}
