import type { CertificateRecord } from "../inventory";
import { URGENCY_HORIZON_DAYS } from "../policy";
import { daysBetween, findDates } from "./dates";
import { LEXICONS } from "./lexicon";
import { reason } from "./reasons";
import type { Claim, NoticeKind, Reason } from "./types";
import { sameVendor } from "./vendors";

// Notes are free text: they record a revocation only where they say a certificate was revoked, in
// any language we read (lexicon `notes`). "Replaced by SharePoint" or "reissued" says nothing about a revocation.
const whole = (words: string[]) => new RegExp(words.map((w) => `(?<!\\p{L})${w}(?!\\p{L})`).join("|"), "iu");
const REVOCATION_RECORDED_RE = whole(LEXICONS.flatMap((l) => l.notes?.revoked ?? []));
const NEVER_REVOKED_RE = whole(LEXICONS.flatMap((l) => l.notes?.neverRevoked ?? []));
const FAR = 1; // days of tolerance for dates and counts (time zones, rounding)

/** What the checks need besides the claims. */
export interface Situation {
  cert: CertificateRecord;
  kind: NoticeKind;
  claims: readonly Claim[];
  /** ISO date the notice was sent (its Date: header), or the assessment moment. */
  sentOn: string;
  /** The vendor the sender is (or imitates), when its domain tells. */
  senderVendor?: string | null;
}

const values = (claims: readonly Claim[], type: Claim["type"]) =>
  claims.filter((c) => c.type === type && c.value !== undefined).map((c) => c.value!);

// A threat ("será revogado por falta de pagamento") revoked nothing yet.
const THREAT_RULE = "revocation.will-revoke-for-payment";
const revokedClaim = (claims: readonly Claim[]) =>
  claims.some((c) => c.type === "revoked" || (c.type === "revoked-for-payment" && c.evidence.ruleId !== THREAT_RULE));

/** What every sentence about the certificate may need: its name, end, fate and the owner's decision. */
function certificateFacts(cert: CertificateRecord, sentOn: string) {
  return {
    certificate: cert.id,
    commonName: cert.commonName,
    notAfter: cert.notAfter.slice(0, 10),
    expired: daysBetween(cert.notAfter, sentOn) > 0,
    intent: cert.intent,
    autoRenew: cert.autoRenew,
  };
}

function paymentReasons({ cert, claims, senderVendor, sentOn }: Situation): Reason[] {
  const payment = claims.find(
    (c) => c.type === "payment-failed" || c.type === "awaiting-payment" || c.type === "revoked-for-payment",
  );
  if (!payment) return [];
  // A receipt that also names a due date ("Payment due: on receipt", "Status: paid") is still a receipt.
  const failure = claims.some((c) => c.type === "payment-failed" || c.type === "revoked-for-payment");
  if (!failure && claims.some((c) => c.type === "receipt")) return [];
  const stated = [...new Set(values(claims, "order-number").map(String))];
  const own = new Set(cert.orderNumbers.map((n) => n.toUpperCase()));
  const foreign = stated.filter((n) => !own.has(n.toUpperCase()));
  const facts = {
    ...certificateFacts(cert, sentOn),
    statedOrder: stated[0] ?? null,
    claim: payment.type,
    phrase: payment.evidence.phrase,
  };
  if (!cert.autoRenew) return [reason("payment-without-renewal-order", { ...facts, revoked: revokedClaim(claims) })];
  if (senderVendor && cert.vendor && !sameVendor(senderVendor, cert.vendor) && foreign.length === stated.length) {
    return [reason("vendor-not-certificates", { ...facts, senderVendor, vendor: cert.vendor })];
  }
  if (stated.length && foreign.length === stated.length) {
    return [reason("order-not-certificates", { ...facts, orders: cert.orderNumbers.join(", ") })];
  }
  return [];
}

function revocationReasons({ cert, claims, sentOn }: Situation): Reason[] {
  const forPayment = claims.find((c) => c.type === "revoked-for-payment");
  if (forPayment) {
    return [
      reason("revoked-for-payment", {
        ...certificateFacts(cert, sentOn),
        threat: forPayment.evidence.ruleId === THREAT_RULE,
        phrase: forPayment.evidence.phrase,
      }),
    ];
  }
  const revoked = claims.find((c) => c.type === "revoked");
  if (!revoked) return [];
  // A revocation dated before the current certificate was issued, or told beside its reissue,
  // is about the instance it replaced (reissued on the same order), which the inventory does not hold.
  const revokedOn = typeof revoked.value === "string" ? revoked.value : null;
  if (cert.notBefore && revokedOn && daysBetween(revokedOn, cert.notBefore) >= -FAR) return [];
  if (cert.notBefore && claims.some((c) => c.type === "issued") && daysBetween(cert.notBefore, sentOn) >= -FAR)
    return [];
  const notes = cert.notes ?? "";
  const recorded = REVOCATION_RECORDED_RE.test(notes) && !NEVER_REVOKED_RE.test(notes);
  const expired = daysBetween(cert.notAfter, sentOn) > 0;
  const facts = { ...certificateFacts(cert, sentOn), claimedDate: (revoked.value as string | undefined) ?? null };
  if (!recorded) return [reason(expired ? "revoked-but-expired" : "revoked-but-valid", facts)];
  const claimed =
    (claims.find((c) => c.type === "revoked" && typeof c.value === "string")?.value as string | undefined) ?? null;
  const recordedDates = findDates(notes, "dmy").map((d) => d.date);
  if (claimed && recordedDates.length && !recordedDates.some((d) => Math.abs(daysBetween(d, claimed)) <= FAR)) {
    return [reason("revocation-date-wrong", { ...facts, claimedDate: claimed })];
  }
  return [];
}

const AMBIGUOUS_SLASH_RE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?!\d)/;

/** The date a claim states, and for an all-digit slash date with both parts ≤ 12 the other reading too. */
function readings(claim: Claim): string[] {
  const iso = claim.value as string;
  const m = AMBIGUOUS_SLASH_RE.exec(claim.evidence.phrase);
  if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) return [iso];
  const [y, mo, d] = iso.split("-");
  return [iso, `${y}-${d}-${mo}`];
}

function expiryReasons({ cert, claims, sentOn, kind }: Situation): Reason[] {
  const reasons: Reason[] = [];
  // Receipts and issuance notices state the validity of a new certificate, not of the owned one.
  if (kind === "other" || claims.some((c) => c.type === "receipt" || c.type === "issued")) return reasons;
  // Before the record's certificate was issued, a notice spoke of its predecessor, whose dates we do not hold.
  if (cert.notBefore && daysBetween(sentOn, cert.notBefore) > FAR) return reasons;
  const notAfter = cert.notAfter.slice(0, 10);
  const daysLeft = daysBetween(sentOn, notAfter);
  const base = certificateFacts(cert, sentOn);
  const datedTypes = kind === "expiry" ? ["expires-on", "has-expired", "valid-until"] : ["expires-on", "has-expired"];
  // A notice may date several things (the old and the new certificate, a list of names): one
  // statement that agrees with the inventory settles it; otherwise the first one is wrong.
  // A date before the current certificate was issued is its predecessor's ("your previous certificate expired on …").
  const predecessors = (c: Claim) =>
    Boolean(cert.notBefore) && typeof c.value === "string" && daysBetween(c.value, cert.notBefore ?? "") > 0;
  const stated = claims.filter((c) => datedTypes.includes(c.type) && typeof c.value === "string" && !predecessors(c));
  const agrees = stated.some((c) => readings(c).some((d) => Math.abs(daysBetween(d, notAfter)) <= FAR));
  const wrongDate = agrees ? undefined : stated[0];
  if (wrongDate) {
    reasons.push(reason("expiry-date-wrong", { ...base, statedDate: wrongDate.value as string }));
  }
  const within = claims.find(
    (c) => c.type === "expires-within-days" && typeof c.value === "number" && daysLeft > (c.value as number) + FAR,
  );
  if (within) {
    reasons.push(
      reason("days-left-wrong", { ...base, within: true, statedDays: within.value as number, daysLeft, sentOn }),
    );
  }
  const counts = claims.filter((c) => c.type === "expires-in-days" && typeof c.value === "number");
  const wrongCount = counts.some((c) => Math.abs((c.value as number) - daysLeft) <= FAR) ? undefined : counts[0];
  if (wrongCount) {
    reasons.push(
      reason("days-left-wrong", { ...base, within: false, statedDays: wrongCount.value as number, daysLeft, sentOn }),
    );
  }
  // Without a date, "has expired" is the claim only when nothing else dates the expiry ("once it has expired, ...").
  const dated = claims.some((c) => (c.type === "expires-in-days" || c.type === "expires-on") && c.value !== undefined);
  // "Expired on <date>" is a claim of its own, even when the date is right but not yet reached.
  const saysExpired = claims.find(
    (c) => c.type === "has-expired" && (c.value !== undefined || !dated) && !predecessors(c),
  );
  if (saysExpired && daysLeft > FAR && !reasons.some((r) => r.code === "expiry-date-wrong")) {
    reasons.push(reason("not-expired", { ...base, daysLeft }));
  }
  // "Expires soon" presses as much as "urgent" does.
  const urgency = claims.find((c) => c.type === "urgency" || c.type === "expires-soon");
  if (kind === "expiry" && urgency && daysLeft > URGENCY_HORIZON_DAYS) {
    reasons.push(reason("false-urgency", { ...base, daysLeft, phrase: urgency.evidence.phrase }));
  }
  return reasons;
}

/** A contradiction check, as data: an id, what it looks for, the reason codes it gives, and the check. */
export interface ContradictionRule {
  id: string;
  description: string;
  codes: readonly string[];
  check: (situation: Situation) => Reason[];
}

/** The checks a notice's claims go through, in the order their reasons are listed. */
export const CONTRADICTION_RULES: readonly ContradictionRule[] = [
  {
    id: "contradiction.payment",
    description:
      "A payment claim for a certificate with no renewal order, an order that is not its own, or a vendor it does not renew with",
    codes: ["payment-without-renewal-order", "vendor-not-certificates", "order-not-certificates"],
    check: paymentReasons,
  },
  {
    id: "contradiction.revocation",
    description: "A revocation the records do not show, one over a payment, or one on another date than recorded",
    codes: ["revoked-for-payment", "revoked-but-expired", "revoked-but-valid", "revocation-date-wrong"],
    check: revocationReasons,
  },
  {
    id: "contradiction.expiry",
    description: `A wrong expiry date or day count, an expiry that has not happened, or urgency with more than ${URGENCY_HORIZON_DAYS} days left`,
    codes: ["expiry-date-wrong", "days-left-wrong", "not-expired", "false-urgency"],
    check: expiryReasons,
  },
];

/** Every way the notice's claims contradict what the owner knows about the certificate. */
export function findContradictions(situation: Situation): Reason[] {
  return CONTRADICTION_RULES.flatMap((rule) => rule.check(situation));
}
