import { describe, expect, it } from "vitest";
import { normalizeText, readClaims } from "./claims";

// The same claim in the word orders vendors really use: a CA as the subject of "revoke", modal
// and obligation forms ("we must revoke", "sind verpflichtet … zu widerrufen"), ordinal dates
// followed by a day count. Each row names the rule that must fire; DENIED rows must stay silent.

function claimsOf(language: string, sentence: string) {
  return readClaims(normalizeText(sentence), language, language === "en" ? "mdy" : "dmy");
}

/** [language, sentence, rule that must fire, value it must read (optional)] */
const FIRES: [string, string, string, (string | number)?][] = [
  // Revocation with the CA or "we" as the subject, in modal and obligation forms.
  ["en", "We must revoke all affected certificates within 5 days of the incident.", "revocation.will-revoke"],
  ["en", "Under the Baseline Requirements we are required to revoke the certificate for vpn.example.org.", "revocation.will-revoke"],
  ["en", "Entrust will be revoking the affected certificates on 3 December.", "revocation.will-revoke"],
  ["es", "GlobalSign revocará los certificados afectados en un plazo de 24 horas.", "revocation.will-revoke"],
  ["es", "Estamos obligados a revocar su certificado antes del viernes.", "revocation.will-revoke"],
  ["de", "Die CA wird alle betroffenen Zertifikate innerhalb von fünf Tagen widerrufen.", "revocation.will-revoke"],
  ["de", "Wir müssen Ihr Zertifikat binnen 24 Stunden widerrufen.", "revocation.will-revoke"],
  ["de", "Wir sind verpflichtet, die betroffenen Zertifikate zu widerrufen.", "revocation.will-revoke"],
  ["fr", "Certigna va révoquer les certificats concernés sous cinq jours.", "revocation.will-revoke"],
  ["fr", "Nous procéderons à la révocation du certificat le 5 décembre.", "revocation.will-revoke"],
  ["it", "Il fornitore revocherà i certificati interessati entro 5 giorni.", "revocation.will-revoke"],
  ["it", "Procederemo alla revoca del certificato entro domani.", "revocation.will-revoke"],
  ["pt", "A autoridade de certificação revogará os certificados afetados.", "revocation.will-revoke"],
  ["pt", "Temos de revogar o certificado no prazo de 5 dias.", "revocation.will-revoke"],
  ["nl", "De uitgever zal de betrokken certificaten binnen 5 dagen intrekken.", "revocation.will-revoke"],
  ["sv", "Vi måste återkalla de berörda certifikaten inom fem dagar.", "revocation.will-revoke"],
  ["da", "Vi er nødt til at tilbagekalde certifikatet inden for 24 timer.", "revocation.will-revoke"],
  ["no", "Utstederen vil tilbakekalle sertifikatet innen fem dager.", "revocation.will-revoke"],
  ["cs", "Musíme zneplatnit dotčené certifikáty do pěti dnů.", "revocation.will-revoke"],
  ["fi", "Joudumme peruuttamaan varmenteen viiden päivän kuluessa.", "revocation.will-revoke"],
  // Ordinal dates with an article and "of", and a day count after the date.
  ["en", "Your certificate for portal.example.net expires on the 29th of December 2026.", "expiry.on-date", "2026-12-29"],
  ["en", "The certificate is valid until the 3rd of March, 2027.", "expiry.valid-until", "2027-03-03"],
  ["en", "It expires on the 1st of February 2027, in 45 days.", "expiry.in-days", 45],
  ["en", "It expires on the 1st of February 2027 (in 45 days).", "expiry.in-days", 45],
];

/** [language, sentence, rule that must not fire] */
const DENIED: [string, string, string][] = [
  ["en", "If validation is not completed by Friday we will have to revoke the certificate.", "revocation.will-revoke"],
  ["en", "We will not revoke certificates that were already reissued.", "revocation.will-revoke"],
  ["de", "Wir sind verpflichtet, die betroffenen Zertifikate zu widerrufen.", "revocation.revoked"],
  ["es", "No revocaremos los certificados que ya se hayan reemitido.", "revocation.will-revoke"],
];

describe("phrasing across word orders", () => {
  it.each(FIRES)("%s: %s → %s", (language, sentence, ruleId, value) => {
    const claim = claimsOf(language, sentence).find((c) => c.evidence.ruleId === ruleId);
    expect(claim, `no ${ruleId}`).toBeDefined();
    if (value !== undefined) expect(claim!.value).toBe(value);
  });

  it.each(DENIED)("%s: %s ↛ %s", (language, sentence, ruleId) => {
    expect(claimsOf(language, sentence).map((c) => c.evidence.ruleId)).not.toContain(ruleId);
  });
});
