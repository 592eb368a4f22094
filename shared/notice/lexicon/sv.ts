import type { Lexicon } from "./types";

/** Swedish: utgång, spärrning and betalningspåminnelser. */
export const sv: Lexicon = {
  language: "sv",
  slashDateOrder: "dmy",
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  dayWords: ["dagar", "dag"],
  stopwords: ["och", "att", "det", "är", "som", "för", "på", "med", "din", "ditt", "inte", "vi", "av", "en", "till", "har", "kommer"],
  fillers: ["bara", "endast", "enbart", "ytterligare"],
  negations: ["inte(?!\\p{L})", "ej(?!\\p{L})", "aldrig", "obetald", "ingen(?!\\p{L})", "inget(?!\\p{L})", "så snart", "när(?!\\p{L})", "innan"],
  otherSubjects: ["\\p{L}*kort", "\\p{L}*kortet", "betalkort", "betalningsmetod", "\\p{L}*lösenord", "\\p{L}*länk", "\\p{L}*länken", "\\p{L}*kod", "\\p{L}*koden", "erbjudande", "offert"],
  phrases: {
    expiresInDays: ["(?:löper ut|går ut|upphör) {GAP}?om {N} dagar?", "giltigt? (?:i )?{N} dagar? till", "{N} dagar? kvar", "(?:löper ut|går ut|upphör) (?:om|inom) {N} dagar?"],
    expiresOn: ["giltigt? (?:till|t\\.o\\.m\\.?)(?<=(?:är|förblir) giltigt? (?:till|t\\.o\\.m\\.?))(?<!(?:erbjudande|kod|rabatt|länk|pris)[^.!?\\n]{0,64}) {DATE}", "(?:löper ut|går ut|upphör att gälla) (?:den )?{DATE}"],
    hasExpired: ["har (?:löpt|gått) ut", "har upphört att gälla"],
    validUntil: ["giltigt? (?:till|t\\.o\\.m\\.?)\\s?:? {DATE}", "utgångsdatum\\s?:? {DATE}"],
    renewCall: ["förnya (?:nu|ditt|certifikatet|idag)"],
    urgency: ["brådskande", "omedelbart", "sista chansen"],
    revoked: ["(?:är|blev) (?:spärrat|återkallat)", "certifikatet (?:är )?återkallat", "har (?:\\w+ )?(?:spärrats|återkallats)", "status\\s?:? (?:spärrat|återkallat)"],
    willRevoke: ["(?:måste|ska|skall) {GAP}?(?:spärras|återkallas)", "återkallelse(?:n)? (?:är )?(?:planerad|schemalagd)", "kommer {GAP}?att (?:spärras|återkallas)", "(?:måste|ska|skall|kommer att|behöver|är skyldiga att) {GAP}?återkalla\\b", "\\båterkallar\\b"],
    revocationReason: ["nyckeln {GAP}?komprometterad"],
    distrust: ["inte längre lita på"],
    paymentWord: ["betalning", "faktura", "debiter"],
    paymentFailed: ["betalning(?:en)? {GAP}?(?:har misslyckats|nekades|avvisades|gick inte igenom)", "betalning(?:en)? (?:har )?misslyckades", "kunde inte debitera", "kortet (?:nekades|avvisades)"],
    awaitingPayment: ["(?:betal)?status\\s?:? (?:obetald|förfallen|ej betald)", "(?:inte|ej) (?:har )?(?:fått|mottagit|erhållit) (?:någon |din )?betalning", "inte (?:har )?betal(?:ts|d|t)", "väntar på betalning", "obetald", "förfallen faktura", "betalningspåminnelse", "utestående belopp"],
    receipt: ["(?:betal)?status\\s?:? betald", "(?:tagit emot|mottagit|fått) (?:din |er )?betalning", "betalningsbekräftelse", "betalning(?:en)? (?:är |har )?(?:mottagen|bekräftad|genomförd)", "betalt belopp", "tack för ditt köp", "kvitto", "betalningen (?:har )?mottagits", "tack för din betalning"],
    orderNumber: ["ordernummer\\s?:? ?#? ?{ID}", "(?:order|beställning)(?:snummer|nr)?\\s?:? ?#? ?{ID}"],
    domainValidation: ["domänvalidering", "validera (?:din |er )?domän"],
    invoiceNumber: ["faktura(?:nummer|nr\\.?)?\\s?:? ?#? ?{ID}"],
    issued: ["har förnyats", "har utfärdats"],
    marketing: ["nyhetsbrev", "webbinarium", "rabatt", "erbjudande", "enkät"],
  },
  reasons: { "komprometterad": "keyCompromise" },
};
