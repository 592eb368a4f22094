import { type ClaimTemplates, valueText as v } from "./types";

/** English sentences for claims. */
export const en: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Says the certificate expires on ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Says the certificate expires in ${v(f, format)} days.`,
  "claim.expires-within-days": (f, format) => `Says the certificate expires within ${v(f, format)} days.`,
  "claim.expires-soon": () => "Says the certificate expires soon.",
  "claim.incident": () => "Reports an incident at the certificate authority.",
  "claim.has-expired": (f, format) =>
    `Says the certificate has expired${f.value === null ? "" : ` on ${v(f, format)}`}.`,
  "claim.revoked": (f, format) => `Says the certificate was revoked${f.value === null ? "" : ` on ${v(f, format)}`}.`,
  "claim.revoked-for-payment": () => "Says the certificate was or will be revoked over a payment.",
  "claim.payment-failed": () => "Says a payment failed.",
  "claim.awaiting-payment": () => "Says a payment is due.",
  "claim.order-number": (f, format) => `Names order ${v(f, format)}.`,
  "claim.receipt": () => "Confirms a payment (a receipt or invoice).",
  "claim.renewal-call-to-action": () => "Asks for the certificate to be renewed.",
  "claim.urgency": () => "Presses for urgent action.",
  "claim.domain-validation": () => "Asks for domain validation.",
  "claim.issued": () => "Says a certificate was issued.",
  "claim.will-be-revoked": () => "Says the certificate will be revoked.",
  "claim.distrust": () => "Says browsers will distrust the certificate authority.",
  "claim.valid-until": (f, format) => `Says the certificate is valid until ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) =>
    `Gives a reason for the revocation${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Advertises a product.",
  "claim.must-replace": () => "Says the certificate must be replaced.",
  "claim.invoice-number": (f, format) => `Names invoice ${v(f, format)}.`,
};
