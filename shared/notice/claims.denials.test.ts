import { describe } from "vitest";
import { type SilentRow, itStaysSilent } from "./claims.test-support";

// Words that deny or suspend a claim ("has not been paid", "sobald … eingegangen", "nie wygasł"),
// and things other than the certificate that expire (cards, links, codes, offers): the rule
// must stay silent.

const SILENT: SilentRow[] = [
  // A phrase's next word is whole: "do 30 dní" holds no "o 30 dní", "inom" no "om"
  ["sk", "Certifikát vyprší do 30 dní.", "expiry.in-days"],
  ["sv", "Certifikatet löper ut inom 30 dagar.", "expiry.in-days"],
  // The validity of a certificate not yet issued is no claim about the owned one
  ["en", "Renew today and your new certificate will be valid until 15 December 2027.", "expiry.on-date"],
  ["fr", "Votre nouveau certificat sera valable jusqu'au 15 décembre 2027.", "expiry.on-date"],
  ["it", "Il nuovo certificato sarà valido fino al 15/12/2027.", "expiry.on-date"],
  ["hu", "Az Ön bankkártyája lejárt.", "expiry.has-expired"],
  ["hu", "Emlékeztető: lejárt számla.", "expiry.has-expired"],
  ["sk", "Platba nebola prijatá.", "payment.receipt"],
  ["sk", "Objednávka bola zrušená.", "revocation.revoked"],
  ["pl", "Certyfikat nie zostanie unieważniony.", "revocation.will-revoke"],
  ["de", "Das Zertifikat wird nicht widerrufen.", "revocation.will-revoke"],
  ["en", "Status: pending validation", "payment.awaiting"],
  ["de", "Validierungsstatus: offen", "payment.awaiting"],
  ["es", "Estado: pendiente", "payment.awaiting"],
  ["it", "Stato: scaduto", "payment.awaiting"],
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

describe("denials, conditions and other subjects", () => {
  itStaysSilent(SILENT);
});
