import type { NoticeRule } from "./types";

/** Rules that read revocation, forced replacement and distrust. */
export const REVOCATION_RULES: readonly NoticeRule[] = [
  {
    id: "revocation.revoked",
    description: "Says the certificate was revoked",
    phrase: "revoked",
    claim: "revoked",
    value: "date",
    unlessNegated: true,
  },
  {
    id: "revocation.will-revoke",
    description: "Says the certificate will be revoked or must be replaced",
    phrase: "willRevoke",
    claim: "will-be-revoked",
    unlessNegated: true,
  },
  {
    id: "revocation.reason",
    description: "States why a certificate is or was revoked",
    phrase: "revocationReason",
    claim: "revocation-reason",
    value: "reason",
  },
  {
    id: "revocation.must-replace",
    description: "Says the certificate must be replaced (a revocation signal only beside a reason or distrust)",
    phrase: "mustReplace",
    claim: "must-replace",
  },
  {
    id: "revocation.incident",
    description:
      "Names a CA incident (validation, security, mis-issuance): with a revocation, a revocation notice even when no certificate is named",
    phrase: "incident",
    claim: "incident",
  },
  {
    id: "revocation.distrust",
    description: "Says browsers or root programs will stop trusting the certificate",
    phrase: "distrust",
    claim: "distrust",
  },
  {
    id: "revocation.for-payment",
    description: "Says the certificate was revoked because of a payment problem (one sentence)",
    phrase: "revoked",
    near: "paymentWord",
    claim: "revoked-for-payment",
  },
  {
    id: "revocation.will-revoke-for-payment",
    description:
      'Threatens revocation because a payment is missing (one sentence): "por falta de pagamento … será revogado"',
    phrase: "willRevoke",
    near: "nonPayment",
    claim: "revoked-for-payment",
  },
];
