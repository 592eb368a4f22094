import type { Lexicon } from "./types";

/** Norwegian (bokmål): utløp, tilbakekalling and betalingspåminnelser. */
export const no: Lexicon = {
  language: "no",
  slashDateOrder: "dmy",
  months: {
    januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    desember: 12, des: 12,
  },
  dayWords: ["dager", "dag", "døgn"],
  numbers: { tre: 3, fem: 5, sju: 7, syv: 7, ti: 10, fjorten: 14, tretti: 30 },
  stopwords: ["og", "at", "det", "er", "til", "på", "med", "ikke", "av", "deres", "ditt", "vi", "har", "som", "blir", "vennlig", "hilsen", "hvis", "etter", "denne", "dette", "eller", "kan", "skal", "vår", "for", "i", "den", "din", "så", "innen", "igjen", "fra", "nå", "hei", "deg", "sertifikat", "sertifikatet"],
  fillers: ["bare", "kun", "ennå", "fortsatt"],
  negations: ["ikke(?!\\p{L})", "ingen(?!\\p{L})", "aldri(?!\\p{L})", "ubetalt", "når(?!\\p{L})", "hvis(?!\\p{L})", "så snart", "før(?!\\p{L})"],
  otherSubjects: ["\\p{L}*kort", "\\p{L}*kortet", "betalingskort", "betalingsmetode", "\\p{L}*passord", "\\p{L}*lenke", "\\p{L}*lenken", "\\p{L}*kode", "\\p{L}*koden", "tilbud"],
  phrases: {
    expiresInDays: ["(?:utløper|går ut|opphører) {GAP}?om {N} dager?", "gyldig i (?:ennå )?{N} dager? til", "{N} dager? igjen"],
    expiresOn: [
      "(?:utløper|går ut|opphører)(?: automatisk)? (?:den |på )?{DATE}",
      "(?:utløper|går ut) {GAP}?den {DATE}",
      "gyldig (?:til|frem til)(?<=(?:er|forblir) gyldig (?:til|frem til))(?<!(?:tilbud|kode|rabatt|lenke|pris)[^.!?\\n]{0,64})(?: og med)? {DATE}",
    ],
    hasExpired: ["(?:er|har) (?:nå )?(?:utløpt|gått ut)", "utløp (?:den )?{DATE}"],
    validUntil: ["gyldig (?:til|frem til)(?: og med)?\\s?:? {DATE}", "utløpsdato\\s?:? {DATE}"],
    renewCall: ["forny (?:det|den|nå|ditt|deres|sertifikatet|i dag)", "fornyelse nå"],
    urgency: ["\\bhaster\\b", "umiddelbart", "\\bstraks\\b", "siste sjanse", "utløper snart"],
    revoked: ["(?:er|ble) (?:blitt )?(?:tilbakekalt|sperret|revokert)", "har tilbakekalt", "status\\s?:? tilbakekalt", "sertifikat tilbakekalt"],
    willRevoke: ["(?:vil|skal|blir|vil bli) {GAP}?(?:tilbakekalt|revokert)", "(?:skal|må) {GAP}?tilbakekalles", "tilbakekalles (?:den|innen|senest)", "tilbakekalling(?:en)? (?:er )?(?:planlagt|fastsatt)", "(?:skal|vil|må|er nødt til å|er forpliktet til å) {GAP}?tilbakekalle\\b"],
    mustReplace: ["(?:skal|må) (?:byttes|erstattes)"],
    revocationReason: ["årsak til tilbakekall\\p{L}*\\s?:? [\\p{L}\\d ()-]{3,40}", "kompromittert (?:privat )?nøkkel", "nøkkelen {GAP}?kompromittert", "valideringsfeil", "feilaktig utstedt"],
    distrust: ["ikke lenger (?:stole på|ha tillit til)"],
    paymentWord: ["betaling", "faktura", "trekk", "belastning"],
    paymentFailed: [
      "betaling(?:en)? {GAP}?(?:mislyktes|har mislyktes|ble avvist|er avvist|kunne ikke gjennomføres|feilet)",
      "(?:kortet|trekket|belastningen) {GAP}?(?:ble avvist|er avvist|mislyktes|feilet)",
      "kunne ikke (?:trekke|belaste|gjennomføre)",
    ],
    awaitingPayment: ["(?:betalings)?status\\s?:? (?:ubetalt|forfalt|ikke betalt)", "ikke (?:har )?mottatt (?:din |deres |noen )?betaling", "venter på (?:din |deres )?betaling", "ubetalt\\p{L}*", "forfalt faktura", "betalingspåminnelse", "\\bpurring\\b", "utestående beløp", "ikke (?:blitt )?betalt", "betal nå"],
    receipt: ["(?:betalings)?status\\s?:? betalt", "mottatt (?:din |deres )?betaling", "kvittering", "betalingsbekreftelse", "betaling(?:en)? (?:er )?(?:mottatt|gjennomført|bekreftet)", "takk for (?:din |deres )?betaling", "takk for (?:ditt |deres )?kjøp", "betalt beløp"],
    orderNumber: ["(?:ordre|bestilling)(?:snummer|nummer|nr\\.?)?\\s?:? ?#? ?{ID}"],
    invoiceNumber: ["faktura(?:nummer|nr\\.?)?\\s?:? ?{ID}"],
    domainValidation: ["domenevalidering", "valider (?:ditt |deres )?domene", "bekreft (?:eierskap til )?domenet"],
    issued: ["er (?:blitt )?fornyet", "er (?:blitt )?utstedt", "er klart til (?:installasjon|nedlasting)"],
    marketing: ["nyhetsbrev", "webinar", "rabatt", "tilbud", "spørreundersøkelse"],
  },
  reasons: { "nøkkel": "keyCompromise", kompromittert: "keyCompromise", valideringsfeil: "caValidationIncident", "feilaktig utstedt": "misissuance" },
};
