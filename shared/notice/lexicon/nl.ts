import type { Lexicon } from "./types";

/** Dutch: verlopen, intrekking and betalingsherinneringen. */
export const nl: Lexicon = {
  language: "nl",
  slashDateOrder: "dmy",
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  dayWords: ["dagen", "dag"],
  stopwords: ["de", "het", "een", "van", "en", "is", "uw", "je", "wij", "we", "voor", "niet", "met", "op", "dat", "te", "zijn", "deze", "wordt"],
  phrases: {
    expiresInDays: ["(?:verloopt|vervalt) {GAP}?(?:over|binnen) {N} dagen?", "over {N} dagen? (?:verlopen|vervalt|verloopt)"],
    expiresOn: ["(?:verloopt|vervalt|loopt af) (?:op )?{DATE}", "(?:verloopt|vervalt) {GAP}?op {DATE}"],
    hasExpired: ["(?:is|zijn) {GAP}?(?:verlopen|vervallen)", "verlopen (?:op|sinds) {DATE}"],
    validUntil: ["geldig tot(?: en met)?\\s?:? {DATE}", "(?:vervaldatum|verloopdatum|einddatum)\\s?:? {DATE}"],
    renewCall: ["verleng (?:nu|uw|je|het|vandaag|tijdig)", "nu verlengen", "vernieuw (?:nu|uw|je)"],
    urgency: ["dringend", "direct actie", "onmiddellijk", "verloopt binnenkort", "laatste kans", "wacht niet", "vandaag nog"],
    revoked: ["(?:is|zijn|werd|werden) {GAP}?ingetrokken", "hebben {GAP}?ingetrokken", "status\\s?:? ingetrokken", "certificaat ingetrokken"],
    willRevoke: ["(?:wordt|worden) {GAP}?ingetrokken", "zal {GAP}?worden ingetrokken", "zullen {GAP}?intrekken", "moet(?:en)? worden vervangen"],
    revocationReason: ["reden (?:van )?intrekking\\s?:? [\\w ()-]{3,40}", "sleutel {GAP}?gecompromitteerd", "gecompromitteerde sleutel", "onjuist uitgegeven"],
    distrust: ["niet langer (?:vertrouwen|vertrouwd)", "wantrouwen"],
    paymentWord: ["betaling", "factuur", "incasso"],
    paymentFailed: [
      "betaling (?:is )?(?:mislukt|geweigerd|niet (?:geaccepteerd|gelukt|verwerkt|voltooid))",
      "(?:konden|kunnen) {GAP}?niet (?:afschrijven|incasseren|verwerken|innen)",
      "(?:kaart|incasso|creditcard) {GAP}?(?:geweigerd|mislukt|gestorneerd)",
    ],
    awaitingPayment: [
      "in afwachting van (?:uw |je )?betaling",
      "wacht(?:en)? op (?:uw |je )?betaling",
      "openstaand(?:e)? (?:bedrag|factuur|saldo)",
      "(?:factuur|betaling) {GAP}?(?:achterstallig|vervallen|openstaand)",
      "betalingsherinnering",
      "aanmaning",
      "nu betalen",
      "nog niet betaald",
      "onbetaald",
    ],
    receipt: ["ontvangstbewijs", "betaalbewijs", "betaling (?:is )?(?:ontvangen|geslaagd|gelukt)", "bedankt voor (?:uw|je) betaling", "(?:is|werd) {GAP}?afgeschreven"],
    orderNumber: ["(?:bestel|order)(?:nummer|nr\\.?)\\s?:? ?#? ?{ID}", "bestelling\\s?(?:nr\\.?)?\\s?:? ?#? ?{ID}", "factuurnummer\\s?:? ?{ID}", "order\\s?:? ?#? ?{ID}"],
    domainValidation: ["domeinvalidatie", "domein (?:valideren|verifiëren|bevestigen)", "valideer (?:uw|je|het) domein"],
    issued: ["is uitgegeven", "werd uitgegeven", "is klaar om te installeren"],
    marketing: ["nieuwsbrief", "webinar", "korting", "aanbieding", "enquête", "vragenlijst"],
  },
  reasons: { "gecompromitteerd": "keyCompromise", "onjuist uitgegeven": "misissuance" },
};
