import { type ClaimTemplates, valueText as v } from "./types";

/** Italian sentences for claims. */
export const it: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Afferma che il certificato scade il ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Afferma che il certificato scade tra ${v(f, format)} giorni.`,
  "claim.expires-within-days": (f, format) => `Afferma che il certificato scade entro ${v(f, format)} giorni.`,
  "claim.expires-soon": () => "Afferma che il certificato scade a breve.",
  "claim.incident": () => "Segnala un incidente presso l’autorità di certificazione.",
  "claim.has-expired": (f, format) =>
    `Afferma che il certificato è scaduto${f.value === null ? "" : ` il ${v(f, format)}`}.`,
  "claim.revoked": (f, format) =>
    `Afferma che il certificato è stato revocato${f.value === null ? "" : ` il ${v(f, format)}`}.`,
  "claim.revoked-for-payment": () => "Afferma che il certificato è stato o sarà revocato per un pagamento.",
  "claim.payment-failed": () => "Afferma che un pagamento non è andato a buon fine.",
  "claim.awaiting-payment": () => "Afferma che un pagamento è dovuto.",
  "claim.order-number": (f, format) => `Cita l’ordine ${v(f, format)}.`,
  "claim.receipt": () => "Conferma un pagamento (ricevuta o fattura).",
  "claim.renewal-call-to-action": () => "Chiede di rinnovare il certificato.",
  "claim.urgency": () => "Sollecita un’azione urgente.",
  "claim.domain-validation": () => "Chiede la convalida del dominio.",
  "claim.issued": () => "Annuncia l’emissione di un certificato.",
  "claim.will-be-revoked": () => "Annuncia che il certificato sarà revocato.",
  "claim.distrust": () => "Annuncia che i browser non si fideranno più dell’autorità di certificazione.",
  "claim.valid-until": (f, format) => `Afferma che il certificato è valido fino al ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) =>
    `Indica un motivo della revoca${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Pubblicizza un prodotto.",
  "claim.must-replace": () => "Afferma che il certificato va sostituito.",
  "claim.invoice-number": (f, format) => `Cita la fattura ${v(f, format)}.`,
};
