import { describe, expect, it } from "vitest";
import { normalizeText, readClaims } from "./claims";
import { detectLanguage, rankLanguages } from "./language";

// How vendors phrase the same claims across languages: receipts, denials, order labels, day counts
// with filler words, validity in prose, and revocation announcements.

function fired(language: string, sentence: string) {
  return readClaims(normalizeText(sentence), language, language === "en" ? "mdy" : "dmy");
}

/** [language, sentence, rule that must fire, value it must read (optional)] */
const FIRES: [string, string, string, (string | number)?][] = [
  // Polish
  ["pl", "Twój certyfikat dla domeny sklep.example.pl wygasa za 21 dni.", "expiry.in-days", 21],
  ["pl", "Certyfikat wygaśnie 3 marca 2027 r., prosimy o odnowienie.", "expiry.on-date", "2027-03-03"],
  ["pl", "Certyfikat straci ważność 14 października 2026, jeśli go nie odnowisz.", "expiry.on-date", "2026-10-14"],
  ["pl", "Ważny do: 05.01.2027", "expiry.valid-until", "2027-01-05"],
  ["pl", "Niestety płatność za zamówienie nie powiodła się.", "payment.failed"],
  ["pl", "Zamówienie nr PL-448120 oczekuje na płatność.", "payment.awaiting"],
  ["pl", "Faktura pozostaje nieopłacona mimo upływu terminu.", "payment.awaiting"],
  ["pl", "Potwierdzenie płatności za odnowienie certyfikatu.", "payment.receipt"],
  ["pl", "Numer zamówienia: PL-448120", "payment.order-number", "PL-448120"],
  ["pl", "Certyfikat został unieważniony z powodu kompromitacji klucza.", "revocation.revoked"],
  ["pl", "Certyfikat zostanie unieważniony w ciągu pięciu dni.", "revocation.will-revoke"],
  // Swedish
  ["sv", "Ditt certifikat löper ut om 12 dagar.", "expiry.in-days", 12],
  ["sv", "Betalningen har misslyckats för din förnyelse.", "payment.failed"],
  ["sv", "Ordernummer: SE-77120", "payment.order-number", "SE-77120"],
  ["sv", "Här är ditt kvitto för beställningen.", "payment.receipt"],
  ["sv", "Certifikatet kommer att återkallas den 4 mars.", "revocation.will-revoke"],
  ["pl", "Certyfikat wygasa 22.11.2027 r. (za 40 dni).", "expiry.in-days", 40],
  ["cs", "Certifikát vyprší dne 15. 12. 2026, tedy za 20 dní.", "expiry.in-days", 20],
  // Danish, Norwegian, Czech, Finnish
  ["da", "Dit certifikat for webshop.example.dk udløber om 14 dage.", "expiry.in-days", 14],
  ["da", "Certifikatet udløber den 3. marts 2027.", "expiry.on-date", "2027-03-03"],
  ["da", "Betalingen for fornyelsen blev afvist af banken.", "payment.failed"],
  ["da", "Fakturaen er stadig ubetalt.", "payment.awaiting"],
  ["da", "Her er din kvittering for ordren.", "payment.receipt"],
  ["da", "Ordrenummer: DK-55120", "payment.order-number", "DK-55120"],
  ["da", "Certifikatet vil blive tilbagekaldt inden for fem dage.", "revocation.will-revoke"],
  ["no", "Sertifikatet ditt utløper om 9 dager.", "expiry.in-days", 9],
  ["no", "Sertifikatet utløper den 12. april 2027.", "expiry.on-date", "2027-04-12"],
  ["no", "Betalingen ble avvist av kortutstederen.", "payment.failed"],
  ["no", "Takk for betalingen. Her er kvitteringen din.", "payment.receipt"],
  ["no", "Sertifikatet er blitt tilbakekalt.", "revocation.revoked"],
  ["cs", "Platnost certifikátu vyprší za 20 dní.", "expiry.in-days", 20],
  ["cs", "Certifikát vyprší dne 15. 12. 2026.", "expiry.on-date", "2026-12-15"],
  ["cs", "Platba za obnovení se nezdařila.", "payment.failed"],
  ["cs", "Faktura zůstává neuhrazena.", "payment.awaiting"],
  ["cs", "Potvrzení o platbě za objednávku.", "payment.receipt"],
  ["cs", "Číslo objednávky: CZ-7781204", "payment.order-number", "CZ-7781204"],
  ["cs", "Certifikát bude zneplatněn do pěti dnů.", "revocation.will-revoke"],
  ["cs", "Certifikát byl zneplatněn kvůli kompromitaci klíče.", "revocation.revoked"],
  ["fi", "Varmenteesi vanhenee 10 päivän kuluttua.", "expiry.in-days", 10],
  ["fi", "Varmenne vanhenee 15.12.2026.", "expiry.on-date", "2026-12-15"],
  ["fi", "Maksu epäonnistui, koska kortti hylättiin.", "payment.failed"],
  ["fi", "Kiitos maksustasi.", "payment.receipt"],
  ["fi", "Tilausnumero: FI-220941", "payment.order-number", "FI-220941"],
  ["fi", "Varmenne peruutetaan viiden päivän kuluessa.", "revocation.will-revoke"],
  // Fillers before day counts
  ["nl", "Uw certificaat is nog maar 6 dagen geldig.", "expiry.in-days", 6],
  ["de", "Ihr Zertifikat ist nur noch 9 Tage gültig.", "expiry.in-days", 9],
  ["fr", "Il vous reste seulement 4 jours avant l'expiration de votre certificat.", "expiry.in-days", 4],
  ["pt", "Faltam apenas 8 dias para o seu certificado expirar.", "expiry.in-days", 8],
  ["it", "Il tuo certificato scade tra soli 11 giorni, rinnovalo.", "expiry.in-days", 11],
  ["es", "Tu certificado caduca en solo 3 días.", "expiry.in-days", 3],
  ["pl", "Certyfikat wygasa za tylko 2 dni.", "expiry.in-days", 2],
  ["en", "Your certificate expires in only 10 days.", "expiry.in-days", 10],
  // Validity stated in prose is an expiry claim
  ["en", "Your certificate for shop.example.com is valid until March 3, 2027.", "expiry.on-date", "2027-03-03"],
  ["pt", "O certificado do seu site é válido até 12 de janeiro de 2027.", "expiry.on-date", "2027-01-12"],
  ["nl", "Het certificaat voor uw webwinkel is geldig tot 2 februari 2027.", "expiry.on-date", "2027-02-02"],
  ["it", "Il certificato del vostro sito è valido fino al 30/04/2027.", "expiry.on-date", "2027-04-30"],
  ["fr", "Le certificat de votre boutique est valable jusqu'au 15 mai 2027.", "expiry.on-date", "2027-05-15"],
  ["de", "Das Zertifikat Ihrer Website ist noch gültig bis 01.06.2027.", "expiry.on-date", "2027-06-01"],
  ["es", "El certificado de su tienda es válido hasta el 9 de julio de 2027.", "expiry.on-date", "2027-07-09"],
  ["pl", "Certyfikat Twojej strony jest ważny do 22 grudnia 2026.", "expiry.on-date", "2026-12-22"],
  // Revocation announcements beyond "will be revoked"
  ["en", "Because of the validation incident, this certificate must be revoked within five days.", "revocation.will-revoke"],
  ["en", "Revocation: scheduled for April 2, 2027", "revocation.will-revoke"],
  ["en", "The certificate is being revoked by the CA.", "revocation.will-revoke"],
  ["de", "Das Zertifikat muss innerhalb von fünf Tagen widerrufen werden.", "revocation.will-revoke"],
  ["fr", "Le certificat doit être révoqué sous cinq jours.", "revocation.will-revoke"],
  ["es", "El certificado debe ser revocado en un plazo de cinco días.", "revocation.will-revoke"],
  ["nl", "Het certificaat moet binnen vijf dagen worden ingetrokken.", "revocation.will-revoke"],
  ["it", "Il certificato deve essere revocato entro cinque giorni.", "revocation.will-revoke"],
  ["pt", "O certificado tem de ser revogado no prazo de cinco dias.", "revocation.will-revoke"],
  // Receipts in every language
  ["it", "Conferma di pagamento per il rinnovo del certificato.", "payment.receipt"],
  ["it", "Importo pagato: 149,00 EUR", "payment.receipt"],
  ["nl", "Betalingsbevestiging voor uw bestelling.", "payment.receipt"],
  ["fr", "Confirmation de paiement de votre commande.", "payment.receipt"],
  ["es", "Confirmación de pago de su pedido.", "payment.receipt"],
  ["pt", "Confirmação de pagamento da sua encomenda.", "payment.receipt"],
  ["de", "Zahlungsbestätigung für Ihre Bestellung.", "payment.receipt"],
  // Unpaid wording is a demand
  ["en", "The renewal invoice remains unpaid.", "payment.awaiting"],
  ["en", "Invoice INV-88410 has not been paid yet.", "payment.awaiting"],
  ["fr", "La facture de renouvellement est toujours impayée.", "payment.awaiting"],
  ["es", "La factura de renovación sigue impagada.", "payment.awaiting"],
  ["nl", "De factuur is nog onbetaald.", "payment.awaiting"],
  ["it", "La fattura di rinnovo non è stata pagata.", "payment.awaiting"],
  ["pt", "A fatura de renovação ainda não foi paga.", "payment.awaiting"],
  ["de", "Die Rechnung ist weiterhin unbezahlt.", "payment.awaiting"],
  // Payment not received is a demand; a renewal charge that could not be made is a failure
  ["en", "We have not yet received your payment for invoice INV-40021.", "payment.awaiting"],
  ["fr", "Nous n'avons pas encore reçu votre règlement.", "payment.awaiting"],
  ["es", "No hemos recibido su pago para el pedido.", "payment.awaiting"],
  ["it", "Non abbiamo ancora ricevuto il pagamento.", "payment.awaiting"],
  ["pt", "Ainda não recebemos o seu pagamento.", "payment.awaiting"],
  ["de", "Ihre Zahlung ist bei uns noch nicht eingegangen.", "payment.awaiting"],
  ["en", "Your auto-renewal payment could not be processed.", "payment.failed"],
  ["en", "The card on file could not be charged.", "payment.failed"],
  // A code signing certificate is a certificate
  ["en", "Your code signing certificate expires on January 9, 2027.", "expiry.on-date", "2027-01-09"],
  // Common vendor wording: payment outcomes with words between subject and verb, receipts, renewals
  ["en", "Your payment for order 4412093 was unsuccessful.", "payment.failed"],
  ["en", "Thank you for your order. Your payment has been processed.", "payment.receipt"],
  ["en", "Only 9 days remain before your certificate expires.", "expiry.in-days", 9],
  ["en", "Your certificate expired 3 days ago.", "expiry.has-expired"],
  ["en", "Your certificate is about to expire on 12/15/2026.", "expiry.on-date", "2026-12-15"],
  ["en", "Your certificate has been renewed; the new certificate is valid until 2027-12-15.", "other.issued"],
  ["de", "Ihre Rechnung ist noch offen.", "payment.awaiting"],
  ["de", "Ihre Zahlung wurde erfolgreich verarbeitet.", "payment.receipt"],
  ["fr", "Merci, votre paiement a bien été reçu.", "payment.receipt"],
  ["es", "El pago de su renovación ha sido rechazado.", "payment.failed"],
  ["es", "Hemos recibido su pago. Gracias.", "payment.receipt"],
  ["it", "Il pagamento del rinnovo è stato rifiutato.", "payment.failed"],
  ["it", "Abbiamo ricevuto il tuo pagamento.", "payment.receipt"],
  ["pt", "O pagamento da renovação foi recusado.", "payment.failed"],
  ["pt", "Recebemos o seu pagamento, obrigado.", "payment.receipt"],
  ["nl", "De betaling voor uw verlenging is mislukt.", "payment.failed"],
  ["nl", "Uw factuur staat nog open.", "payment.awaiting"],
  ["sv", "Vi har tagit emot din betalning.", "payment.receipt"],
  ["pl", "Otrzymaliśmy Twoją płatność.", "payment.receipt"],
  ["pl", "Ważność certyfikatu kończy się 15 grudnia 2026.", "expiry.on-date", "2026-12-15"],
  // Order labels in other languages
  ["it", "Numero d'ordine: IT-550231", "payment.order-number", "IT-550231"],
  ["it", "Ordine n. IT-550231", "payment.order-number", "IT-550231"],
  ["pt", "N.º da encomenda: PT-330981", "payment.order-number", "PT-330981"],
  ["pt", "Número do pedido: PT-330981", "payment.order-number", "PT-330981"],
  ["nl", "Bestelnummer: NL-228841", "payment.order-number", "NL-228841"],
  ["es", "Número de pedido: ES-771204", "payment.order-number", "ES-771204"],
  ["fr", "N° de commande : FR-660312", "payment.order-number", "FR-660312"],
];

/** [language, sentence, rule that must not fire] */
const SILENT: [string, string, string][] = [
  ["en", "The renewal invoice remains unpaid.", "payment.receipt"],
  ["en", "Invoice INV-88410 has not been paid yet.", "payment.receipt"],
  ["en", "Your invoice is still not paid.", "payment.receipt"],
  ["de", "Die Rechnung wurde noch nicht bezahlt.", "payment.receipt"],
  ["de", "Sobald die Zahlung eingegangen ist, stellen wir das Zertifikat aus.", "payment.receipt"],
  ["fr", "La facture n'a pas encore été payée.", "payment.receipt"],
  ["es", "El pago no ha sido confirmado.", "payment.receipt"],
  ["nl", "De betaling is niet ontvangen.", "payment.receipt"],
  ["it", "Il pagamento non è stato ricevuto.", "payment.receipt"],
  ["pt", "O pagamento não foi confirmado.", "payment.receipt"],
  ["sv", "Betalningen har inte mottagits.", "payment.receipt"],
  ["pl", "Płatność nie została zaksięgowana.", "payment.receipt"],
  ["pl", "Faktura nieopłacona.", "payment.receipt"],
  ["da", "Betalingen er ikke modtaget.", "payment.receipt"],
  ["it", "Non abbiamo ricevuto il tuo pagamento.", "payment.receipt"],
  ["pt", "Ainda não recebemos o seu pagamento.", "payment.receipt"],
  ["pl", "Nie otrzymaliśmy Twojej płatności.", "payment.receipt"],
  // A card, a password or an offer that expires says nothing about the certificate
  ["en", "The credit card on file has expired, please update it before the renewal.", "expiry.has-expired"],
  ["en", "This offer expires on December 31, 2026.", "expiry.on-date"],
  ["de", "Ihre hinterlegte Kreditkarte ist abgelaufen.", "expiry.has-expired"],
  ["fr", "Votre carte bancaire a expiré.", "expiry.has-expired"],
  ["es", "Su tarjeta ha caducado.", "expiry.has-expired"],
  ["nl", "Uw creditcard is verlopen.", "expiry.has-expired"],
  ["it", "La carta di credito associata è scaduta.", "expiry.has-expired"],
  ["pt", "O seu cartão expirou.", "expiry.has-expired"],
  ["sv", "Kortet har gått ut.", "expiry.has-expired"],
  ["pl", "Twoja karta płatnicza wygasła.", "expiry.has-expired"],
  ["en", "Your password expires in 5 days.", "expiry.in-days"],
  ["de", "Der Bestätigungslink läuft in 7 Tagen ab.", "expiry.in-days"],
  ["nl", "De verificatiecode verloopt over 7 dagen.", "expiry.in-days"],
  ["en", "You will receive a payment confirmation by email.", "payment.receipt"],
  ["en", "Once we have received your payment, we will issue the certificate.", "payment.receipt"],
  ["fr", "Dès que nous aurons reçu votre paiement, le certificat sera émis.", "payment.receipt"],
  ["en", "Your certificate will not be revoked.", "revocation.will-revoke"],
  ["no", "Betalingen er ikke mottatt ennå.", "payment.receipt"],
  ["cs", "Platba nebyla přijata.", "payment.receipt"],
  ["fi", "Maksua ei ole vastaanotettu.", "payment.receipt"],
  ["de", "Das Zertifikat wurde nicht widerrufen.", "revocation.revoked"],
  ["nl", "Het certificaat is niet ingetrokken.", "revocation.revoked"],
  ["pl", "Aby certyfikat nie wygasł 22 grudnia 2026, odnów go.", "expiry.has-expired"],
  ["en", "The validation code is valid for 30 days.", "expiry.in-days"],
  ["it", "Il codice di verifica è valido per 30 giorni.", "expiry.in-days"],
  ["en", "This offer is valid until March 3, 2027.", "expiry.on-date"],
  ["de", "Die Aktion ist gültig bis 01.06.2027.", "expiry.on-date"],
];

describe("notice rules across languages", () => {
  it.each(FIRES)("[%s] %s → %s", (language, sentence, ruleId, value) => {
    const claims = fired(language, sentence).filter((c) => c.evidence.ruleId === ruleId);
    expect(claims.length, `claims: ${JSON.stringify(fired(language, sentence))}`).toBeGreaterThan(0);
    if (value !== undefined) expect(claims.map((c) => c.value)).toContain(value);
  });

  it.each(SILENT)("[%s] %s ↛ %s", (language, sentence, ruleId) => {
    expect(fired(language, sentence).map((c) => c.evidence.ruleId)).not.toContain(ruleId);
  });
});

describe("detectLanguage for the newer languages", () => {
  it.each([
    ["pl", "Szanowni Państwo, uprzejmie informujemy, że certyfikat dla domeny wygasa za 30 dni. Prosimy o odnowienie."],
    ["sv", "Hej! Ditt certifikat för domänen löper ut om 30 dagar och vi rekommenderar att du förnyar det."],
    ["pt", "O certificado expira a 9 de novembro de 2026. Caso pretenda renovar, aceda à área de cliente."],
    ["da", "Kære kunde, jeres certifikat udløber om 30 dage. Forny det venligst, så jeres hjemmeside ikke bliver utilgængelig. Venlig hilsen"],
    ["no", "Hei! Sertifikatet ditt utløper om 30 dager, og vi anbefaler at du fornyer det i god tid. Vennlig hilsen"],
    ["cs", "Dobrý den, platnost vašeho certifikátu vyprší za 30 dní. Prosím obnovte jej včas, děkujeme."],
    ["fi", "Hei, varmenteesi vanhenee 30 päivän kuluttua. Uusi varmenne ajoissa, jotta sivustosi pysyy turvallisena. Ystävällisin terveisin"],
  ])("recognises %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe("rankLanguages", () => {
  it("keeps both languages of a bilingual notice, the stronger first", () => {
    const text =
      "Votre certificat pour le site expire dans 14 jours, pensez à le renouveler avec votre compte. " +
      "Uw certificaat voor de website verloopt over 14 dagen, verleng het op tijd.";
    expect(rankLanguages(text).slice(0, 2).sort()).toEqual(["fr", "nl"]);
  });

  it("gives one language when the others are far behind", () => {
    expect(rankLanguages("Ihr Zertifikat läuft in 30 Tagen ab, bitte verlängern Sie es rechtzeitig für die Website.")).toEqual(["de"]);
  });

  it("falls back to English when no function word is known", () => {
    expect(rankLanguages("SSL 2026 OK")).toEqual(["en"]);
  });
});
