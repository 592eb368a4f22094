import { type ClaimTemplates, valueText as v } from "./types";

/** German sentences for claims. */
export const de: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Behauptet, das Zertifikat laufe am ${v(f, format)} ab.`,
  "claim.expires-in-days": (f, format) => `Behauptet, das Zertifikat laufe in ${v(f, format)} Tagen ab.`,
  "claim.expires-within-days": (f, format) => `Behauptet, das Zertifikat laufe innerhalb von ${v(f, format)} Tagen ab.`,
  "claim.expires-soon": () => "Behauptet, das Zertifikat laufe bald ab.",
  "claim.incident": () => "Meldet einen Vorfall bei der Zertifizierungsstelle.",
  "claim.has-expired": (f, format) =>
    `Behauptet, das Zertifikat sei${f.value === null ? "" : ` am ${v(f, format)}`} abgelaufen.`,
  "claim.revoked": (f, format) =>
    `Behauptet, das Zertifikat sei${f.value === null ? "" : ` am ${v(f, format)}`} widerrufen worden.`,
  "claim.revoked-for-payment": () => "Behauptet, das Zertifikat sei oder werde wegen einer Zahlung widerrufen.",
  "claim.payment-failed": () => "Behauptet, eine Zahlung sei fehlgeschlagen.",
  "claim.awaiting-payment": () => "Behauptet, eine Zahlung sei fällig.",
  "claim.order-number": (f, format) => `Nennt die Bestellung ${v(f, format)}.`,
  "claim.receipt": () => "Bestätigt eine Zahlung (Beleg oder Rechnung).",
  "claim.renewal-call-to-action": () => "Fordert zur Verlängerung des Zertifikats auf.",
  "claim.urgency": () => "Drängt zu dringendem Handeln.",
  "claim.domain-validation": () => "Fordert eine Domainvalidierung an.",
  "claim.issued": () => "Meldet die Ausstellung eines Zertifikats.",
  "claim.will-be-revoked": () => "Kündigt den Widerruf des Zertifikats an.",
  "claim.distrust": () => "Meldet, dass Browser der Zertifizierungsstelle nicht mehr vertrauen werden.",
  "claim.valid-until": (f, format) => `Behauptet, das Zertifikat sei bis ${v(f, format)} gültig.`,
  "claim.revocation-reason": (f, format) =>
    `Nennt einen Grund für den Widerruf${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Wirbt für ein Produkt.",
  "claim.must-replace": () => "Behauptet, das Zertifikat müsse ersetzt werden.",
  "claim.invoice-number": (f, format) => `Nennt die Rechnung ${v(f, format)}.`,
};
