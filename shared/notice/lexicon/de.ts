import type { Lexicon } from "./types";

/** German: Ablauf, Widerruf and Zahlungs-Mahnungen as German CAs and resellers write them. */
export const de: Lexicon = {
  language: "de",
  slashDateOrder: "dmy",
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
    mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  dayWords: ["tagen", "tage", "tag"],
  stopwords: ["der", "die", "das", "und", "ist", "ihr", "ihre", "ihren", "sie", "wir", "für", "nicht", "mit", "den", "zu", "am", "eine", "bitte", "wurde"],
  phrases: {
    expiresInDays: [
      "(?:läuft|laeuft|verfällt|endet) {GAP}?(?:in|innerhalb von|binnen) {N} tag(?:en|e)? ab",
      "(?:läuft|verfällt|endet) {GAP}?(?:in|innerhalb von|binnen) {N} tag(?:en|e)?",
      "(?:in|innerhalb von) {N} tagen (?:ab(?:laufen|läuft)|verfällt)",
      "noch {N} tage? gültig",
    ],
    expiresOn: ["(?:läuft|laeuft) {GAP}?am {DATE} ab", "(?:verfällt|endet|abläuft) am {DATE}", "läuft am {DATE}"],
    hasExpired: ["(?:ist|sind) {GAP}?abgelaufen", "abgelaufen (?:am|seit) {DATE}", "(?:ist|sind) (?:nicht mehr|ungültig) gültig"],
    validUntil: ["gültig bis:? {DATE}", "ablaufdatum:? {DATE}", "ablauf:? {DATE}", "laufzeit bis:? {DATE}"],
    renewCall: ["jetzt verlängern", "verlängern sie", "erneuern sie", "verlängerung (?:jetzt|rechtzeitig)"],
    urgency: ["\\bdringend", "(?<!ab\\s)\\bsofort\\b", "\\bumgehend", "läuft bald ab", "letzte chance", "handeln sie jetzt", "unverzüglich"],
    revoked: [
      "(?:wurde|wurden|ist|sind|haben wir|hat|hatten wir) {GAP}?(?:widerrufen|gesperrt|zurückgezogen)",
      "status:? widerrufen",
      "zertifikat widerrufen",
    ],
    willRevoke: ["(?:wird|werden) {GAP}?(?:widerrufen|gesperrt)", "\\bwiderruft\\b", "widerrufen wir", "muss {GAP}?ersetzt werden", "müssen {GAP}?ersetzt werden"],
    revocationReason: ["widerrufsgrund:? [\\w ()-]{3,40}", "schlüssel {GAP}?kompromittiert", "kompromittierung", "fehlerhaft ausgestellt", "validierungsfehler"],
    distrust: ["nicht mehr (?:vertrauen|vertraut)", "misstrauen"],
    paymentWord: ["zahlung", "rechnung", "belastung", "lastschrift"],
    paymentFailed: [
      "zahlung {GAP}?fehlgeschlagen",
      "zahlung {GAP}?(?:nicht (?:akzeptiert|durchgeführt|ausgeführt|erfolgreich|möglich)|abgelehnt)",
      "(?:konnten|konnte) {GAP}?nicht (?:belasten|abbuchen|einziehen|durchführen|abgebucht|eingezogen)",
      "(?:belastung|lastschrift|abbuchung|karte) {GAP}?(?:abgelehnt|fehlgeschlagen|zurückgegeben)",
    ],
    awaitingPayment: [
      "zahlung (?:ist )?(?:noch )?ausstehend",
      "wartet auf (?:ihre )?zahlung",
      "offene[rn]? (?:betrag|rechnung|posten)",
      "(?:rechnung|zahlung|betrag) {GAP}?überfällig",
      "zahlungserinnerung",
      "\\bmahnung",
      "keinen zahlungseingang",
      "noch nicht bezahlt",
      "(?:jetzt|bestellung|rechnung) bezahlen",
    ],
    receipt: [
      "quittung",
      "zahlungsbestätigung",
      "(?:wurde|wurden) (?:(?!nicht)[^.!?\\n]|\\.(?=\\w)){0,80}?(?:abgebucht|bezahlt|beglichen)",
      "vielen dank für ihre zahlung",
      "zahlung {GAP}?erhalten",
    ],
    orderNumber: [
      "(?:auftrag|bestellung|auftragsnummer|bestellnummer|bestell-nr\\.?|auftrags-nr\\.?|verlängerungsbestellung)\\s?:? ?#? ?{ID}",
      "rechnung(?:snummer)?\\s?:? ?{ID}",
    ],
    domainValidation: ["domain-?validierung", "validierung (?:der|ihrer) domain", "bestätigen sie (?:die|ihre) domain", "\\bDCV\\b"],
    issued: ["wurde ausgestellt", "ist ausgestellt", "steht (?:ab sofort )?zum download bereit"],
    marketing: ["newsletter", "webinar", "rabatt", "angebot", "umfrage", "gutschein"],
  },
  reasons: { "schlüssel": "keyCompromise", kompromittier: "keyCompromise", "fehlerhaft ausgestellt": "misissuance", validierungsfehler: "caValidationIncident" },
};
