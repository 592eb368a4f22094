import { type ClaimTemplates, valueText as v } from "./types";

/** Portuguese sentences for claims. */
export const pt: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Afirma que o certificado expira em ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Afirma que o certificado expira em ${v(f, format)} dias.`,
  "claim.expires-within-days": (f, format) => `Afirma que o certificado expira dentro de ${v(f, format)} dias.`,
  "claim.expires-soon": () => "Afirma que o certificado expira em breve.",
  "claim.incident": () => "Relata um incidente na autoridade de certificação.",
  "claim.has-expired": (f, format) =>
    `Afirma que o certificado expirou${f.value === null ? "" : ` em ${v(f, format)}`}.`,
  "claim.revoked": (f, format) =>
    `Afirma que o certificado foi revogado${f.value === null ? "" : ` em ${v(f, format)}`}.`,
  "claim.revoked-for-payment": () => "Afirma que o certificado foi ou será revogado por causa de um pagamento.",
  "claim.payment-failed": () => "Afirma que um pagamento falhou.",
  "claim.awaiting-payment": () => "Afirma que há um pagamento pendente.",
  "claim.order-number": (f, format) => `Cita o pedido ${v(f, format)}.`,
  "claim.receipt": () => "Confirma um pagamento (recibo ou fatura).",
  "claim.renewal-call-to-action": () => "Pede a renovação do certificado.",
  "claim.urgency": () => "Pressiona por uma ação urgente.",
  "claim.domain-validation": () => "Pede a validação do domínio.",
  "claim.issued": () => "Anuncia a emissão de um certificado.",
  "claim.will-be-revoked": () => "Anuncia que o certificado será revogado.",
  "claim.distrust": () => "Anuncia que os navegadores deixarão de confiar na autoridade de certificação.",
  "claim.valid-until": (f, format) => `Afirma que o certificado é válido até ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) =>
    `Indica um motivo para a revogação${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Anuncia um produto.",
  "claim.must-replace": () => "Afirma que o certificado deve ser substituído.",
  "claim.invoice-number": (f, format) => `Cita a fatura ${v(f, format)}.`,
};
