import type { CertificateRecord } from "../inventory";
import { daysBetween, findDates } from "./dates";
import { describeCertificate, formatDate } from "./describe";
import type { Claim, NoticeKind, Reason } from "./types";
import { sameVendor } from "./vendors";

// Notes are free text: they record a revocation only where they say a certificate was revoked, in
// any language we read. "Replaced by SharePoint" or "reissued" says nothing about a revocation.
const REVOCATION_RECORDED_RE =
  /(?<!\p{L})(?:revok\p{L}*|revocation|widerr(?:uf|ief)\p{L}*|révoqu\p{L}*|révocation|revoca\p{L}*|revoga\p{L}*|ingetrokken|intrekking|gerevoke\p{L}*|återkalla\p{L}*|spärrat|tilbagekald\p{L}*|tilbakekal\p{L}*|unieważni\p{L}*|zneplatn\p{L}*|revokov\p{L}*|peruttu|mitätöi\p{L}*)/iu;
const NEVER_REVOKED_RE = new RegExp(
  [
    "(?:never|not) (?:been )?revoked", "nothing (?:was|has been) revoked", "no revocation",
    "(?:nie|nicht) widerrufen", "(?:jamais|pas) (?:été )?révoquée?s?", "(?:nunca|no) (?:ha sido |fue )?revocad[oa]",
    "(?:nooit|niet) ingetrokken", "(?:mai|non) (?:è )?(?:stat[oa] )?revocat[oa]", "(?:nunca|não) (?:foi )?revogad[oa]",
    "aldrig (?:återkallat|tilbagekaldt)", "aldri tilbakekalt", "nigdy nie (?:został[oa]? )?unieważnion\\p{L}*", "nebyl[oa]? (?:nikdy )?zneplatněn\\p{L}*",
  ].map((p) => `(?<!\\p{L})${p}(?!\\p{L})`).join("|"),
  "iu",
);
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

// What a payment claim says, in plain English, before the words the notice used.
const GIST: Partial<Record<Claim["type"], string>> = {
  "payment-failed": "a payment failed",
  "awaiting-payment": "payment is due",
  "revoked-for-payment": "the certificate was or will be revoked over a payment",
};

// A threat ("será revogado por falta de pagamento") revoked nothing yet.
const THREAT_RULE = "revocation.will-revoke-for-payment";
const revokedClaim = (claims: readonly Claim[]) =>
  claims.some((c) => c.type === "revoked" || (c.type === "revoked-for-payment" && c.evidence.ruleId !== THREAT_RULE));

function paymentReasons({ cert, claims, senderVendor }: Situation, about: string): Reason[] {
  const payment = claims.find((c) => c.type === "payment-failed" || c.type === "awaiting-payment" || c.type === "revoked-for-payment");
  if (!payment) return [];
  // A receipt that also names a due date ("Payment due: on receipt", "Status: paid") is still a receipt.
  const failure = claims.some((c) => c.type === "payment-failed" || c.type === "revoked-for-payment");
  if (!failure && claims.some((c) => c.type === "receipt")) return [];
  const stated = [...new Set(values(claims, "order-number").map(String))];
  const own = new Set(cert.orderNumbers.map((n) => n.toUpperCase()));
  const foreign = stated.filter((n) => !own.has(n.toUpperCase()));
  const orderText = stated.length ? ` for order ${stated[0]}` : "";
  const facts = { certificate: cert.id, autoRenew: cert.autoRenew, statedOrder: stated[0] ?? null, intent: cert.intent };
  if (!cert.autoRenew) {
    return [{
      code: "payment-without-renewal-order",
      message: `Says ${GIST[payment.type]} ("${payment.evidence.phrase}")${orderText}, but there is no renewal order: ${about}.${revokedClaim(claims) ? " Nothing was revoked." : " Nothing is owed for it."}`,
      facts,
    }];
  }
  if (senderVendor && cert.vendor && !sameVendor(senderVendor, cert.vendor) && foreign.length === stated.length) {
    return [{
      code: "vendor-not-certificates",
      message: `Makes a payment claim as ${senderVendor}, but ${cert.commonName} renews automatically with ${cert.vendor}, not ${senderVendor}.`,
      facts: { ...facts, senderVendor, vendor: cert.vendor },
    }];
  }
  if (stated.length && foreign.length === stated.length) {
    return [{
      code: "order-not-certificates",
      message: `Makes a payment claim for order ${stated[0]}, which is not an order of ${cert.commonName} (its orders: ${cert.orderNumbers.join(", ") || "none"}).`,
      facts,
    }];
  }
  return [];
}

function revocationReasons({ cert, claims, sentOn }: Situation, about: string): Reason[] {
  const forPayment = claims.find((c) => c.type === "revoked-for-payment");
  if (forPayment) {
    return [{
      code: "revoked-for-payment",
      message: `Says the certificate ${forPayment.evidence.ruleId === THREAT_RULE ? "will be" : "was"} revoked over a payment ("${forPayment.evidence.phrase}"), but ${about}. A CA does not revoke a certificate for an unpaid renewal nobody ordered.`,
      facts: { certificate: cert.id, notAfter: cert.notAfter.slice(0, 10), autoRenew: cert.autoRenew },
    }];
  }
  const revoked = claims.find((c) => c.type === "revoked");
  if (!revoked) return [];
  // A revocation dated before the current certificate was issued, or told beside its reissue,
  // is about the instance it replaced (reissued on the same order), which the inventory does not hold.
  const revokedOn = typeof revoked.value === "string" ? revoked.value : null;
  if (cert.notBefore && revokedOn && daysBetween(revokedOn, cert.notBefore) >= -FAR) return [];
  if (cert.notBefore && claims.some((c) => c.type === "issued") && daysBetween(cert.notBefore, sentOn) >= -FAR) return [];
  const notes = cert.notes ?? "";
  const recorded = REVOCATION_RECORDED_RE.test(notes) && !NEVER_REVOKED_RE.test(notes);
  const expired = daysBetween(cert.notAfter, sentOn) > 0;
  const facts = { certificate: cert.id, notAfter: cert.notAfter.slice(0, 10), claimedDate: (revoked.value as string | undefined) ?? null };
  if (!recorded) {
    return [{
      code: expired ? "revoked-but-expired" : "revoked-but-valid",
      message: expired
        ? `Says ${cert.commonName} was revoked, but it was never revoked: it simply expired on ${formatDate(cert.notAfter)}.`
        : `Says ${cert.commonName} was revoked, but your records show no revocation: it is valid until ${formatDate(cert.notAfter)}.`,
      facts,
    }];
  }
  const claimed = (claims.find((c) => c.type === "revoked" && typeof c.value === "string")?.value as string | undefined) ?? null;
  const recordedDates = findDates(notes, "dmy").map((d) => d.date);
  if (claimed && recordedDates.length && !recordedDates.some((d) => Math.abs(daysBetween(d, claimed)) <= FAR)) {
    return [{
      code: "revocation-date-wrong",
      message: `Says ${cert.commonName} was revoked on ${formatDate(claimed)}, but the only revocation on record is a different one; the current certificate is valid until ${formatDate(cert.notAfter)}.`,
      facts,
    }];
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
  const datedTypes = kind === "expiry" ? ["expires-on", "has-expired", "valid-until"] : ["expires-on", "has-expired"];
  // A notice may date several things (the old and the new certificate, a list of names): one
  // statement that agrees with the inventory settles it; otherwise the first one is wrong.
  const stated = claims.filter((c) => datedTypes.includes(c.type) && typeof c.value === "string");
  const agrees = stated.some((c) => readings(c).some((d) => Math.abs(daysBetween(d, notAfter)) <= FAR));
  const wrongDate = agrees ? undefined : stated[0];
  if (wrongDate) {
    reasons.push({
      code: "expiry-date-wrong",
      message: `Says ${cert.commonName} expires on ${formatDate(wrongDate.value as string)}, but it expires on ${formatDate(notAfter)}.`,
      facts: { certificate: cert.id, statedDate: wrongDate.value as string, notAfter },
    });
  }
  const within = claims.find((c) => c.type === "expires-within-days" && typeof c.value === "number" && daysLeft > (c.value as number) + FAR);
  if (within) {
    reasons.push({
      code: "days-left-wrong",
      message: `Says ${cert.commonName} expires within ${within.value} days, but on ${formatDate(sentOn)} it had ${daysLeft} days left (until ${formatDate(notAfter)}).`,
      facts: { certificate: cert.id, statedDays: within.value as number, daysLeft, notAfter },
    });
  }
  const counts = claims.filter((c) => c.type === "expires-in-days" && typeof c.value === "number");
  const wrongCount = counts.some((c) => Math.abs((c.value as number) - daysLeft) <= FAR) ? undefined : counts[0];
  if (wrongCount) {
    reasons.push({
      code: "days-left-wrong",
      message: `Says ${cert.commonName} expires in ${wrongCount.value} days, but on ${formatDate(sentOn)} it had ${daysLeft} days left (until ${formatDate(notAfter)}).`,
      facts: { certificate: cert.id, statedDays: wrongCount.value as number, daysLeft, notAfter },
    });
  }
  // Without a date, "has expired" is the claim only when nothing else dates the expiry ("once it has expired, ...").
  const dated = claims.some((c) => (c.type === "expires-in-days" || c.type === "expires-on") && c.value !== undefined);
  // "Expired on <date>" is a claim of its own, even when the date is right but not yet reached.
  const saysExpired = claims.find((c) => c.type === "has-expired" && (c.value !== undefined || !dated));
  if (saysExpired && daysLeft > FAR && !reasons.some((r) => r.code === "expiry-date-wrong")) {
    reasons.push({
      code: "not-expired",
      message: `Says ${cert.commonName} has expired, but it is valid until ${formatDate(notAfter)}.`,
      facts: { certificate: cert.id, notAfter, daysLeft },
    });
  }
  // "Expires soon" presses as much as "urgent" does.
  const urgency = claims.find((c) => c.type === "urgency" || c.type === "expires-soon");
  if (kind === "expiry" && urgency && daysLeft >= 91) {
    reasons.push({
      code: "false-urgency",
      message: `Presses for urgent renewal ("${urgency.evidence.phrase}"), but ${cert.commonName} has ${daysLeft} days left, until ${formatDate(notAfter)}.`,
      facts: { certificate: cert.id, daysLeft, notAfter },
    });
  }
  return reasons;
}

/** Every way the notice's claims contradict what the owner knows about the certificate. */
export function findContradictions(situation: Situation): Reason[] {
  const about = describeCertificate(situation.cert, situation.sentOn);
  return [...paymentReasons(situation, about), ...revocationReasons(situation, about), ...expiryReasons(situation)];
}
