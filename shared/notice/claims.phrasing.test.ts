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
  [
    "en",
    "Under the Baseline Requirements we are required to revoke the certificate for vpn.example.org.",
    "revocation.will-revoke",
  ],
  ["en", "Entrust will be revoking the affected certificates on 3 December.", "revocation.will-revoke"],
  ["es", "GlobalSign revocará los certificados afectados en un plazo de 24 horas.", "revocation.will-revoke"],
  ["es", "Estamos obligados a revocar su certificado antes del viernes.", "revocation.will-revoke"],
  ["de", "Die CA wird alle betroffenen Zertifikate innerhalb von fünf Tagen widerrufen.", "revocation.will-revoke"],
  ["de", "Wir müssen Ihr Zertifikat binnen 24 Stunden widerrufen.", "revocation.will-revoke"],
  ["de", "Wir sind verpflichtet, die betroffenen Zertifikate zu widerrufen.", "revocation.will-revoke"],
  ["fr", "Certigna va révoquer les certificats concernés sous cinq jours.", "revocation.will-revoke"],
  ["fr", "Nous procéderons à la révocation du certificat le 5 décembre.", "revocation.will-revoke"],
  ["it", "Il fornitore revocherà i certificati interessati entro 5 giorni.", "revocation.will-revoke"],
  ["da", "Udstederen tilbagekalder de berørte certifikater inden for 24 timer.", "revocation.will-revoke"],
  ["no", "Utstederen tilbakekaller de berørte sertifikatene innen 24 timer.", "revocation.will-revoke"],
  ["cs", "Vydavatel zneplatní dotčené certifikáty do 24 hodin.", "revocation.will-revoke"],
  ["it", "Procederemo alla revoca del certificato entro domani.", "revocation.will-revoke"],
  ["pt", "A autoridade de certificação revogará os certificados afetados.", "revocation.will-revoke"],
  ["pt", "Temos de revogar o certificado no prazo de 5 dias.", "revocation.will-revoke"],
  ["nl", "De uitgever zal de betrokken certificaten binnen 5 dagen intrekken.", "revocation.will-revoke"],
  ["sv", "Vi måste återkalla de berörda certifikaten inom fem dagar.", "revocation.will-revoke"],
  ["da", "Vi er nødt til at tilbagekalde certifikatet inden for 24 timer.", "revocation.will-revoke"],
  ["no", "Utstederen vil tilbakekalle sertifikatet innen fem dager.", "revocation.will-revoke"],
  ["cs", "Musíme zneplatnit dotčené certifikáty do pěti dnů.", "revocation.will-revoke"],
  ["fi", "Joudumme peruuttamaan varmenteen viiden päivän kuluessa.", "revocation.will-revoke"],
  // The revocation itself as the subject: "will take place", "erfolgt am", "aura lieu".
  ["en", "The revocation will take place on 4 December 2026.", "revocation.will-revoke"],
  ["de", "Der Widerruf erfolgt am 4. Dezember 2026.", "revocation.will-revoke"],
  ["fr", "La révocation aura lieu le 4 décembre 2026.", "revocation.will-revoke"],
  ["es", "La revocación se producirá el 4 de diciembre de 2026.", "revocation.will-revoke"],
  ["it", "La revoca avverrà il 4 dicembre 2026.", "revocation.will-revoke"],
  ["pt", "A revogação ocorrerá a 4 de dezembro de 2026.", "revocation.will-revoke"],
  ["nl", "De intrekking vindt plaats op 4 december 2026.", "revocation.will-revoke"],
  // A payment failure with the order between subject and verb, the verb first, the bank as subject, or the noun alone.
  ["en", "Your payment for order WX-551902 was not accepted by your bank.", "payment.failed"],
  ["en", "Payment not accepted for order WX-551902.", "payment.failed"],
  ["en", "Your bank declined the payment for your renewal.", "payment.failed"],
  ["en", "The charge of EUR 89.00 to your card ending 4417 was declined.", "payment.failed"],
  ["en", "Your renewal payment did not go through.", "payment.failed"],
  ["de", "Fehlgeschlagene Zahlung für Ihre Verlängerung.", "payment.failed"],
  ["fr", "Paiement non accepté pour la commande FR-20931.", "payment.failed"],
  ["fr", "Votre banque a refusé le paiement de votre renouvellement.", "payment.failed"],
  ["fr", "Votre banque n'a pas accepté le paiement de la commande FR-20931.", "payment.failed"],
  ["nl", "Uw bank heeft de betaling voor bestelling NL-20931 niet geaccepteerd.", "payment.failed"],
  ["it", "La banca non ha accettato il pagamento dell'ordine IT-20931.", "payment.failed"],
  ["es", "Su banco ha rechazado el pago del pedido ES-44120.", "payment.failed"],
  ["es", "Fallo en el pago de su renovación.", "payment.failed"],
  ["pt", "O pagamento da renovação do certificado não foi efetuado.", "payment.failed"],
  ["pt", "O seu banco recusou o pagamento da encomenda PT-88120.", "payment.failed"],
  ["nl", "Mislukte betaling voor bestelling NL-20931.", "payment.failed"],
  ["it", "La banca ha rifiutato il pagamento del rinnovo.", "payment.failed"],
  ["sv", "Betalningen för beställning SE-44120 godkändes inte.", "payment.failed"],
  ["da", "Betalingen for ordre DK-44120 blev ikke godkendt.", "payment.failed"],
  ["no", "Mislykket betaling for ordre NO-44120.", "payment.failed"],
  ["fi", "Epäonnistunut maksu tilauksesta FI-44120.", "payment.failed"],
  // Non-payment as the cause of a revocation, in every language.
  ["pt", "Por falta de pagamento, o certificado será revogado em 48 horas.", "revocation.will-revoke-for-payment"],
  ["en", "Your certificate will be revoked for non-payment of the renewal.", "revocation.will-revoke-for-payment"],
  ["de", "Das Zertifikat wird wegen Nichtzahlung widerrufen.", "revocation.will-revoke-for-payment"],
  ["fr", "Le certificat sera révoqué pour défaut de paiement.", "revocation.will-revoke-for-payment"],
  ["es", "Por falta de pago, su certificado será revocado mañana.", "revocation.will-revoke-for-payment"],
  ["nl", "Wegens niet-betaling wordt uw certificaat ingetrokken.", "revocation.will-revoke-for-payment"],
  ["it", "Per mancato pagamento il certificato sarà revocato entro 48 ore.", "revocation.will-revoke-for-payment"],
  ["da", "Certifikatet vil blive tilbagekaldt på grund af manglende betaling.", "revocation.will-revoke-for-payment"],
  ["cs", "Certifikát bude zneplatněn z důvodu nezaplacení faktury.", "revocation.will-revoke-for-payment"],
  ["de", "Grund: Nichtzahlung der Verlängerungsrechnung.", "payment.non-payment"],
  // Revocation threatened unless a payment arrives: a demand for payment.
  [
    "en",
    "Your certificate will be revoked unless payment is received within 48 hours.",
    "revocation.will-revoke-for-payment",
  ],
  ["de", "Falls die Zahlung nicht bis Freitag eingeht, wird das Zertifikat widerrufen.", "payment.non-payment"],
  ["fr", "Sans paiement sous 48 heures, le certificat sera révoqué.", "revocation.will-revoke-for-payment"],
  ["es", "Si no recibimos el pago en 48 horas, el certificado será revocado.", "revocation.will-revoke-for-payment"],
  [
    "pt",
    "Caso o pagamento não seja efetuado em 48 horas, o certificado será revogado.",
    "revocation.will-revoke-for-payment",
  ],
  ["it", "In mancanza di pagamento il certificato sarà revocato.", "revocation.will-revoke-for-payment"],
  [
    "nl",
    "Indien de betaling niet binnen 48 uur is ontvangen, wordt het certificaat ingetrokken.",
    "payment.non-payment",
  ],
  ["pt", "Motivo: falta de pagamento.", "payment.non-payment"],
  // An aside in parentheses ends there: "sin guion bajo" does not deny "revocará".
  [
    "es",
    "Hubo un fallo de validación (registro CNAME sin guion bajo) y revocará los certificados afectados.",
    "revocation.will-revoke",
  ],
  // A day number's dot before a month name ends no sentence: "wird am 3. Dezember 2026 widerrufen".
  ["de", "Das Zertifikat wird am 3. Dezember 2026 widerrufen.", "revocation.will-revoke"],
  ["de", "Die Zahlung vom 3. November 2026 wurde von Ihrer Bank abgelehnt.", "payment.failed"],
  [
    "da",
    "Certifikatet vil blive tilbagekaldt den 3. december 2026 på grund af manglende betaling.",
    "revocation.will-revoke-for-payment",
  ],
  ["no", "Sertifikatet utløper 3. desember 2026, om 14 dager.", "expiry.in-days", 14],
  // Ordinal dates with an article and "of", and a day count after the date.
  [
    "en",
    "Your certificate for portal.example.net expires on the 29th of December 2026.",
    "expiry.on-date",
    "2026-12-29",
  ],
  ["en", "The certificate is valid until the 3rd of March, 2027.", "expiry.valid-until", "2027-03-03"],
  ["en", "It expires on the 1st of February 2027, in 45 days.", "expiry.in-days", 45],
  ["en", "It expires on the 1st of February 2027 (in 45 days).", "expiry.in-days", 45],
  ["fr", "Votre certificat expire le 29 décembre 2026, soit dans 45 jours.", "expiry.in-days", 45],
  ["es", "Su certificado vence el 29 de diciembre de 2026, es decir, en 45 días.", "expiry.in-days", 45],
  ["pt", "O seu certificado expira a 29 de dezembro de 2026, daqui a 45 dias.", "expiry.in-days", 45],
];

/** [language, sentence, rule that must not fire] */
const DENIED: [string, string, string][] = [
  ["en", "If validation is not completed by Friday we will have to revoke the certificate.", "revocation.will-revoke"],
  ["en", "We will not revoke certificates that were already reissued.", "revocation.will-revoke"],
  ["de", "Wir sind verpflichtet, die betroffenen Zertifikate zu widerrufen.", "revocation.revoked"],
  // A future or modal verb before "Zertifikat widerrufen" makes it an announcement, not a past revocation.
  ["de", "Innerhalb von 24 Stunden wird Ihr Zertifikat widerrufen.", "revocation.revoked"],
  ["de", "Wir müssen Ihr Zertifikat widerrufen.", "revocation.revoked"],
  ["nl", "Binnen 24 uur wordt het certificaat ingetrokken.", "revocation.revoked"],
  ["cs", "Do 24 hodin bude certifikát zneplatněn.", "revocation.revoked"],
  ["es", "No revocaremos los certificados que ya se hayan reemitido.", "revocation.will-revoke"],
  // A condition, a free reissue and a failure ("epäonnistui") are no payment claims of the kind.
  ["en", "If your payment is declined, we will retry the charge in three days.", "payment.failed"],
  [
    "en",
    "The certificate will be revoked within 24 hours; reissuing it is free of charge.",
    "revocation.will-revoke-for-payment",
  ],
  ["fi", "Maksu tilauksesta FI-44120 epäonnistui.", "payment.receipt"],
  ["en", "Your certificate expires in 30 days unless you renew it.", "payment.non-payment"],
  ["en", "No payment is needed: your certificate renews automatically.", "payment.non-payment"],
  ["en", "No action is needed unless your payment details have changed.", "payment.non-payment"],
  ["de", "Wenn Ihre Zahlungsdaten nicht aktualisiert werden, erfolgt keine Verlängerung.", "payment.non-payment"],
  ["fr", "Le certificat sera réémis sans paiement supplémentaire.", "payment.non-payment"],
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
