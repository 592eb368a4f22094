import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
const order = (f: F) => (f.statedOrder ? ` for order ${f.statedOrder}` : "");
const fate = (f: F, d: (iso: string) => string) =>
  f.expired ? `it expired on ${d(String(f.notAfter))}` : `it is valid until ${d(String(f.notAfter))}`;
const about = (f: F, d: (iso: string) => string) =>
  f.intent === "let-lapse"
    ? `you chose to let ${f.commonName} lapse, and ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} renews automatically, and ${fate(f, d)}`
      : `${f.commonName} has no auto-renewal with its vendor, and ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "a payment failed",
  "awaiting-payment": "payment is due",
  "revoked-for-payment": "the certificate was or will be revoked over a payment",
};

/** English reasons. */
export const en: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Says ${GIST[String(f.claim)]} ("${f.phrase}")${order(f)}, but there is no renewal order: ${about(f, date)}. ${f.revoked ? "Nothing was revoked." : "Nothing is owed for it."}`,
  "vendor-not-certificates": (f) =>
    `Makes a payment claim as ${f.senderVendor}, but ${f.commonName} renews automatically with ${f.vendor}, not ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Makes a payment claim for order ${f.statedOrder}, which is not an order of ${f.commonName} (its orders: ${f.orders || "none"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Says the certificate ${f.threat ? "will be" : "was"} revoked over a payment ("${f.phrase}"), but ${about(f, date)}. A CA does not revoke a certificate for an unpaid renewal nobody ordered.`,
  "revoked-but-expired": (f, { date }) =>
    `Says ${f.commonName} was revoked, but it was never revoked: it simply expired on ${date(String(f.notAfter))}.`,
  "revoked-but-valid": (f, { date }) =>
    `Says ${f.commonName} was revoked, but your records show no revocation: it is valid until ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Says ${f.commonName} was revoked on ${date(String(f.claimedDate))}, but the only revocation on record is a different one; the current certificate is valid until ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Says ${f.commonName} expires on ${date(String(f.statedDate))}, but it expires on ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Says ${f.commonName} expires ${f.within ? "within" : "in"} ${number(Number(f.statedDays))} days, but on ${date(String(f.sentOn))} it had ${number(Number(f.daysLeft))} days left (until ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Says ${f.commonName} has expired, but it is valid until ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Presses for urgent renewal ("${f.phrase}"), but ${f.commonName} has ${number(Number(f.daysLeft))} days left, until ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Only the first ${number(Number(f.readKiB))} KiB of this ${number(Number(f.sizeMiB))} MiB message were read; claims further down were not.`,
};
