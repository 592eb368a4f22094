import { type ClaimTemplates, valueText as v } from "./types";

/** French sentences for claims. */
export const fr: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Affirme que le certificat expire le ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Affirme que le certificat expire dans ${v(f, format)} jours.`,
  "claim.expires-within-days": (f, format) => `Affirme que le certificat expire d’ici ${v(f, format)} jours.`,
  "claim.expires-soon": () => "Affirme que le certificat expire bientôt.",
  "claim.incident": () => "Signale un incident chez l’autorité de certification.",
  "claim.has-expired": (f, format) =>
    `Affirme que le certificat a expiré${f.value === null ? "" : ` le ${v(f, format)}`}.`,
  "claim.revoked": (f, format) =>
    `Affirme que le certificat a été révoqué${f.value === null ? "" : ` le ${v(f, format)}`}.`,
  "claim.revoked-for-payment": () => "Affirme que le certificat a été ou sera révoqué pour un paiement.",
  "claim.payment-failed": () => "Affirme qu’un paiement a échoué.",
  "claim.awaiting-payment": () => "Affirme qu’un paiement est dû.",
  "claim.order-number": (f, format) => `Cite la commande ${v(f, format)}.`,
  "claim.receipt": () => "Confirme un paiement (reçu ou facture).",
  "claim.renewal-call-to-action": () => "Demande de renouveler le certificat.",
  "claim.urgency": () => "Presse d’agir d’urgence.",
  "claim.domain-validation": () => "Demande une validation de domaine.",
  "claim.issued": () => "Annonce l’émission d’un certificat.",
  "claim.will-be-revoked": () => "Annonce que le certificat sera révoqué.",
  "claim.distrust": () => "Annonce que les navigateurs ne feront plus confiance à l’autorité de certification.",
  "claim.valid-until": (f, format) => `Affirme que le certificat est valide jusqu’au ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) =>
    `Donne un motif de révocation${f.value === null ? "" : ` : ${v(f, format)}`}.`,
  "claim.marketing": () => "Fait la publicité d’un produit.",
  "claim.must-replace": () => "Affirme que le certificat doit être remplacé.",
  "claim.invoice-number": (f, format) => `Cite la facture ${v(f, format)}.`,
};
