import { describe, expect, it } from "vitest";
import { normalizeText, readClaims } from "./claims";
import { detectLanguage } from "./language";

/** [language, sentence, rule that must fire, value it must read (optional)] */
const FIRES: [string, string, string, (string | number)?][] = [
  ["en", "Your certificate will expire in 14 days.", "expiry.in-days", 14],
  ["en", "It expires on Nov 15, 2026, just 5 days from now.", "expiry.in-days", 5],
  ["en", "Your certificate expires on February 20th, 2026.", "expiry.on-date", "2026-02-20"],
  ["en", "The certificate below expired on July 24, 2026.", "expiry.has-expired", "2026-07-24"],
  ["en", "Valid until: 6 March 2027", "expiry.valid-until", "2027-03-06"],
  ["en", "URGENT: renew today", "expiry.urgency"],
  ["en", "Your certificate was revoked because your payment was not accepted.", "revocation.for-payment"],
  ["en", "The certificate has been revoked on 4 Aug 2026.", "revocation.revoked", "2026-08-04"],
  ["en", "Chrome will distrust these certificates.", "revocation.distrust"],
  ["en", "Your card was declined.", "payment.failed"],
  ["en", "Invoice INV-2026-0042 is overdue.", "payment.awaiting"],
  ["en", "Invoice INV-2026-0042 is overdue.", "payment.invoice-number", "INV-2026-0042"],
  ["en", "Order #: 31172458", "payment.order-number", "31172458"],
  ["en", "Here's your receipt.", "payment.receipt"],
  ["en", "Your renewal order #529104437 is still pending.", "payment.awaiting"],
  ["en", "Your GoDaddy receipt for order #3311907265", "payment.receipt"],
  ["en", "Add the TXT record to complete domain control validation.", "other.domain-validation"],
  ["de", "Ihr Zertifikat läuft in 30 Tagen ab.", "expiry.in-days", 30],
  ["de", "Ihr Zertifikat läuft am 20.02.2026 ab.", "expiry.on-date", "2026-02-20"],
  ["de", "Das Zertifikat ist am 11.04.2026 abgelaufen.", "expiry.has-expired"],
  ["de", "Die Zahlung für Ihren Auftrag ist fehlgeschlagen.", "payment.failed"],
  ["de", "Ihr Zertifikat wurde widerrufen, da die Zahlung nicht einging.", "revocation.for-payment"],
  ["fr", "Votre certificat expire dans 30 jours, le 20 février 2026.", "expiry.on-date", "2026-02-20"],
  ["fr", "Votre certificat a été révoqué le 07/09/2026.", "revocation.revoked", "2026-09-07"],
  ["fr", "Le paiement de votre commande n'a pas pu être traité.", "payment.failed"],
  ["es", "Tu certificado caduca en 30 días, el 20 de febrero de 2026.", "expiry.on-date", "2026-02-20"],
  ["es", "El pedido n.º 3188420519 está pendiente de pago.", "payment.order-number", "3188420519"],
  ["es", "Como el pago no se completó, el certificado ha sido revocado.", "revocation.for-payment"],
  ["nl", "Uw certificaat verloopt over 14 dagen.", "expiry.in-days", 14],
  ["nl", "Uw certificaat verloopt op 1 oktober 2026.", "expiry.on-date", "2026-10-01"],
  ["nl", "Het certificaat is verlopen op 14-02-2026.", "expiry.has-expired"],
  ["nl", "Uw betaling is mislukt.", "payment.failed"],
  ["nl", "De factuur staat nog open: openstaand bedrag 89,00 EUR.", "payment.awaiting"],
  ["nl", "Uw certificaat is ingetrokken omdat de betaling niet werd ontvangen.", "revocation.for-payment"],
  ["it", "Il certificato scade tra 30 giorni, il 20 febbraio 2026.", "expiry.on-date", "2026-02-20"],
  ["it", "Il certificato è scaduto.", "expiry.has-expired"],
  ["it", "Il pagamento non è andato a buon fine.", "payment.failed"],
  ["it", "Il certificato è stato revocato per mancato pagamento.", "revocation.for-payment"],
  ["it", "Il certificato sarà revocato entro 24 ore.", "revocation.will-revoke"],
  ["pt", "O seu certificado expira em 30 dias.", "expiry.in-days", 30],
  ["pt", "O certificado expira a 20 de fevereiro de 2026.", "expiry.on-date", "2026-02-20"],
  ["pt", "O pagamento foi recusado.", "payment.failed"],
  ["pt", "A encomenda aguarda pagamento.", "payment.awaiting"],
  ["pt", "O certificado foi revogado por falta de pagamento.", "revocation.for-payment"],
  ["sv", "Betalningen misslyckades.", "payment.failed"],
  ["pt", "Seu certificado vai expirar em 15 dias.", "expiry.in-days", 15],
  ["pt", "O pagamento não foi aprovado.", "payment.failed"],
  ["it", "Il rinnovo automatico non è andato a buon fine.", "payment.failed"],
  ["it", "Il certificato è stato revocato in data 12/05/2026.", "revocation.revoked", "2026-05-12"],
  ["nl", "Wij hebben uw betaling nog niet ontvangen.", "payment.awaiting"],
  ["nl", "Uw certificaat is gerevoked.", "revocation.revoked"],
  ["de", "Ihr Zertifikat wird am 15.12.2026 ungültig.", "expiry.on-date", "2026-12-15"],
  ["fr", "Le prélèvement a été rejeté.", "payment.failed"],
  ["es", "El cargo a tu tarjeta ha sido rechazado.", "payment.failed"],
];

/** [language, sentence, rule that must not fire] */
const SILENT: [string, string, string][] = [
  ["en", "We will place the renewal order 30 days before expiration.", "expiry.in-days"],
  ["en", "On June 4, 2025 we will stop sending expiration notification emails.", "expiry.on-date"],
  ["en", "If payment is not received, the certificate may be revoked.", "revocation.for-payment"],
  ["en", "The certificate will be revoked within 24 hours.", "revocation.revoked"],
  ["en", "The renewal cannot be completed until payment is received.", "payment.receipt"],
  ["en", "Order date: Feb 25, 2026", "payment.order-number"],
  ["de", "Ihre Rechnung steht ab sofort im Kundenportal bereit.", "expiry.urgency"],
  ["de", "Das Zertifikat wird morgen widerrufen.", "revocation.revoked"],
  ["fr", "Le certificat sera révoqué demain.", "revocation.revoked"],
  ["it", "Offerta valida fino al 31 ottobre.", "payment.failed"],
  ["nl", "Het certificaat wordt morgen ingetrokken.", "revocation.revoked"],
  ["en", "Certificates that expire within 30 days are listed below.", "expiry.in-days"],
  ["en", "We will process the order upon receipt of payment.", "payment.receipt"],
  ["en", "Reissue is free: no additional payment is required.", "payment.awaiting"],
  ["en", "Your renewal order 41550918 is pending validation.", "payment.awaiting"],
  ["it", "Il certificato scade entro 30 giorni.", "expiry.in-days"],
];

function fired(language: string, sentence: string) {
  return readClaims(normalizeText(sentence), language, language === "en" ? "mdy" : "dmy");
}

describe("notice rules", () => {
  it.each(FIRES)("[%s] %s → %s", (language, sentence, ruleId, value) => {
    const claims = fired(language, sentence).filter((c) => c.evidence.ruleId === ruleId);
    expect(claims.length, `claims: ${JSON.stringify(fired(language, sentence))}`).toBeGreaterThan(0);
    if (value !== undefined) expect(claims.map((c) => c.value)).toContain(value);
  });

  it.each(SILENT)("[%s] %s ↛ %s", (language, sentence, ruleId) => {
    expect(fired(language, sentence).map((c) => c.evidence.ruleId)).not.toContain(ruleId);
  });

  it("records the phrase as written and the language of the rule", () => {
    const [claim] = fired("de", "Sehr geehrte Damen und Herren, die ZAHLUNG ist fehlgeschlagen.").filter(
      (c) => c.type === "payment-failed",
    );
    expect(claim.evidence).toEqual({ phrase: "ZAHLUNG ist fehlgeschlagen", language: "de", ruleId: "payment.failed" });
  });
});

describe("detectLanguage", () => {
  it.each([
    ["en", "Your certificate for the site will expire soon, please renew it."],
    ["de", "Ihr Zertifikat läuft bald ab, bitte verlängern Sie es rechtzeitig für die Website."],
    ["fr", "Votre certificat expire bientôt, pensez à le renouveler pour votre site."],
    [
      "fr",
      "Bonjour Claire, depuis le 15 mars la durée de validité est de 200 jours. Elle passera à 100 jours en 2027, puis à 47 jours en 2029.",
    ],
    ["es", "Tu certificado caduca pronto, renuévalo para que tu sitio siga protegido."],
    ["nl", "Uw certificaat verloopt binnenkort, verleng het op tijd voor uw website."],
    ["it", "Il tuo certificato scade presto, rinnovalo per non perdere la protezione del sito."],
    ["pt", "O seu certificado expira em breve, renove para que o seu site não fique sem proteção."],
  ])("recognises %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
