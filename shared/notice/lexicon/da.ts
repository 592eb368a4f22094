import type { Lexicon } from "./types";

/** Danish: udløb, tilbagekaldelse and betalingspåmindelser. */
export const da: Lexicon = {
  language: "da",
  slashDateOrder: "dmy",
  months: {
    januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  dayWords: ["dage", "dag", "døgn"],
  numbers: { tre: 3, fem: 5, syv: 7, ti: 10, fjorten: 14, tredive: 30 },
  stopwords: ["og", "at", "det", "er", "til", "på", "med", "ikke", "af", "jeres", "dit", "vi", "har", "som", "bliver", "venlig", "hilsen", "hvis", "efter", "denne", "dette", "eller", "kan", "skal", "for", "i", "den", "din", "så", "inden", "igen", "fra", "nu", "jer", "dig"],
  fillers: ["kun", "blot", "endnu", "bare"],
  negations: ["ikke(?!\\p{L})", "ingen(?!\\p{L})", "aldrig", "ubetalt", "når(?!\\p{L})", "hvis(?!\\p{L})", "så snart", "før(?!\\p{L})"],
  otherSubjects: ["\\p{L}*kort", "\\p{L}*kortet", "betalingskort", "betalingsmetode", "adgangskode", "\\p{L}*link", "\\p{L}*linket", "\\p{L}*kode", "\\p{L}*koden", "tilbud"],
  phrases: {
    expiresInDays: ["(?:udløber|ophører|løber ud) {GAP}?om {N} dage?", "gyldigt? i (?:endnu )?{N} dage? (?:mere|til)", "{N} dage? tilbage"],
    expiresOn: [
      "(?:udløber|ophører|løber ud)(?: automatisk)? (?:den |d\\. )?{DATE}",
      "(?:udløber|ophører) {GAP}?den {DATE}",
      "gyldig\\p{L}* (?:til|indtil)(?<=(?:er|forbliver) gyldig\\p{L}* (?:til|indtil))(?<!(?:tilbud|kode|rabat|link|pris)[^.!?\\n]{0,64})(?: den)? {DATE}",
    ],
    hasExpired: ["(?:er|har) (?:nu )?udløbet", "udløb (?:den )?{DATE}"],
    validUntil: ["gyldigt? (?:til|indtil)(?: den)?\\s?:? {DATE}", "udløbsdato\\s?:? {DATE}"],
    renewCall: ["forny (?:det|den|nu|dit|jeres|certifikatet|i dag)", "fornyelse nu"],
    urgency: ["\\bhaster\\b", "omgående", "\\bstraks\\b", "sidste chance", "udløber snart"],
    revoked: ["(?:er|blev) (?:blevet )?(?:tilbagekaldt|spærret)", "har tilbagekaldt", "status\\s?:? tilbagekaldt", "certifikat tilbagekaldt"],
    willRevoke: ["(?:vil|skal|bliver|vil blive) {GAP}?tilbagekaldt", "(?:skal|må) {GAP}?tilbagekaldes", "tilbagekaldes (?:den|inden|senest)", "tilbagekaldelse(?:n)? (?:er )?(?:planlagt|fastsat)", "(?:skal|vil|må|er nødt til at|er forpligtet til at) {GAP}?tilbagekalde\\b"],
    mustReplace: ["(?:skal|må) (?:udskiftes|erstattes)"],
    revocationReason: ["årsag til tilbagekaldelse\\s?:? [\\p{L}\\d ()-]{3,40}", "kompromitteret (?:privat )?nøgle", "nøglen {GAP}?kompromitteret", "valideringsfejl", "fejlagtigt udstedt"],
    distrust: ["ikke længere (?:have tillid til|stole på)"],
    paymentWord: ["betaling", "faktura", "opkrævning"],
    paymentFailed: [
      "betaling(?:en)? {GAP}?(?:mislykkedes|er mislykkedes|blev afvist|er blevet afvist|kunne ikke gennemføres)",
      "(?:kortet|kortbetalingen|trækket) {GAP}?(?:blev afvist|er afvist|mislykkedes)",
      "kunne ikke (?:trække|opkræve|hæve|gennemføre)",
    ],
    awaitingPayment: ["(?:betalings)?status\\s?:? (?:ubetalt|forfalden|ikke betalt)", "ikke (?:har )?modtaget (?:din |jeres |nogen )?betaling", "afventer (?:din |jeres )?betaling", "ubetalt\\p{L}*", "forfald(?:en|ne) faktura", "betalingspåmindelse", "\\brykker\\b", "udestående beløb", "ikke (?:blevet )?betalt", "betal nu"],
    receipt: ["(?:betalings)?status\\s?:? betalt", "modtaget (?:din |jeres )?betaling", "kvittering", "betalingsbekræftelse", "betaling(?:en)? (?:er )?(?:modtaget|gennemført|bekræftet)", "tak for (?:din |jeres )?betaling", "tak for (?:dit |jeres )?køb", "betalt beløb"],
    orderNumber: ["(?:ordre|bestilling)(?:snummer|nummer|nr\\.?)?\\s?:? ?#? ?{ID}"],
    invoiceNumber: ["faktura(?:nummer|nr\\.?)?\\s?:? ?{ID}"],
    domainValidation: ["domænevalidering", "valider (?:dit |jeres )?domæne", "bekræft (?:ejerskab af )?domænet"],
    issued: ["er (?:blevet )?fornyet", "er (?:blevet )?udstedt", "er klar til (?:installation|download)"],
    marketing: ["nyhedsbrev", "webinar", "rabat", "tilbud", "spørgeskema", "undersøgelse"],
  },
  reasons: { "nøgle": "keyCompromise", kompromitteret: "keyCompromise", valideringsfejl: "caValidationIncident", "fejlagtigt udstedt": "misissuance" },
};
