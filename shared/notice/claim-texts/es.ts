import { type ClaimTemplates, valueText as v } from "./types";

/** Spanish sentences for claims. */
export const es: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Afirma que el certificado caduca el ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Afirma que el certificado caduca en ${v(f, format)} días.`,
  "claim.expires-within-days": (f, format) => `Afirma que el certificado caduca en menos de ${v(f, format)} días.`,
  "claim.expires-soon": () => "Afirma que el certificado caduca pronto.",
  "claim.incident": () => "Informa de un incidente en la autoridad de certificación.",
  "claim.has-expired": (f, format) =>
    `Afirma que el certificado caducó${f.value === null ? "" : ` el ${v(f, format)}`}.`,
  "claim.revoked": (f, format) =>
    `Afirma que el certificado fue revocado${f.value === null ? "" : ` el ${v(f, format)}`}.`,
  "claim.revoked-for-payment": () => "Afirma que el certificado fue o será revocado por un pago.",
  "claim.payment-failed": () => "Afirma que un pago falló.",
  "claim.awaiting-payment": () => "Afirma que hay un pago pendiente.",
  "claim.order-number": (f, format) => `Menciona el pedido ${v(f, format)}.`,
  "claim.receipt": () => "Confirma un pago (recibo o factura).",
  "claim.renewal-call-to-action": () => "Pide renovar el certificado.",
  "claim.urgency": () => "Presiona para actuar con urgencia.",
  "claim.domain-validation": () => "Pide validar el dominio.",
  "claim.issued": () => "Anuncia la emisión de un certificado.",
  "claim.will-be-revoked": () => "Anuncia que el certificado será revocado.",
  "claim.distrust": () => "Anuncia que los navegadores dejarán de confiar en la autoridad de certificación.",
  "claim.valid-until": (f, format) => `Afirma que el certificado es válido hasta el ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) => `Da un motivo de revocación${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Anuncia un producto.",
  "claim.must-replace": () => "Afirma que el certificado debe sustituirse.",
  "claim.invoice-number": (f, format) => `Menciona la factura ${v(f, format)}.`,
};
