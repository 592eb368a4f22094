import type { Lexicon } from "./types";

// Slovak inflects participles by gender and number ("zneplatnený", -á, -é, -í): phrases name the
// stem and let `\p{L}*` take the ending. "Zrušený" stays out: orders are "zrušené" (cancelled) too.
const ENDING = "\\p{L}*";

/** Slovak: vypršanie platnosti, zneplatnenie and upomienky na úhradu. */
export const sk: Lexicon = {
  language: "sk",
  slashDateOrder: "dmy",
  months: {
    // Dates use the genitive ("15. decembra 2026"); tables the nominative.
    januára: 1, januara: 1, január: 1, februára: 2, februara: 2, február: 2, marca: 3, marec: 3, apríla: 4, aprila: 4,
    apríl: 4, mája: 5, maja: 5, máj: 5, júna: 6, juna: 6, jún: 6, júla: 7, jula: 7, júl: 7, augusta: 8, august: 8,
    septembra: 9, september: 9, októbra: 10, oktobra: 10, október: 10, novembra: 11, november: 11, decembra: 12, december: 12,
  },
  dayWords: ["dní", "dni", "deň", "dňa"],
  certificateWords: ["certifikát", "certifikat", "ssl", "tls"],
  notes: { revoked: ["revokov\\p{L}*"], neverRevoked: [] },
  stopwords: ["sa", "vo", "pre", "vaša", "váš", "vášho", "sme", "ďakujeme", "alebo", "bol", "bola", "ak", "dňa", "táto", "tento", "je", "na", "že", "bude", "vám", "prosím", "a", "v", "z", "k", "o", "s", "deň", "pozdravom", "vašou", "inak"],
  fillers: ["len", "iba", "ešte", "už"],
  negations: ["ne(?!\\p{L})", "nebol", "nebude", "nepodar", "neuhraden", "nezaplaten", "žiadn", "ak(?!\\p{L})", "akonáhle", "keď", "pred(?!\\p{L})"],
  otherSubjects: ["karta", "karty", "platobná metóda", "heslo", "odkaz", "kód", "ponuka"],
  phrases: {
    expiresInDays: [
      "(?:vyprší|skončí|končí|uplynie|stratí platnosť) {GAP}?o {N} (?:dní|dni|deň)",
      `platn${ENDING} (?:ešte |už len )?{N} (?:dní|dni)`,
      "zostáva {N} (?:dní|dni)",
    ],
    expiresWithinDays: ["(?:vyprší|vypršia|skončí|uplynie) {GAP}?(?:počas|do|v priebehu) (?:nasledujúcich |najbližších )?{N} (?:dní|dni)"],
    expiresOn: [
      "(?:vyprší|skončí|končí|uplynie|stratí platnosť)(?: automaticky)? (?:dňa )?{DATE}",
      "(?:vyprší|skončí|uplynie) {GAP}?dňa {DATE}",
      `platn${ENDING} do(?<=(?:je|zostáva) platn${ENDING} do)(?<!(?:ponuka|kód|zľava|odkaz|cena)[^.!?\\n]{0,64})(?: dňa)? {DATE}`,
    ],
    hasExpired: [`(?:vypršal|vypršala|vypršalo|expiroval)${ENDING}`, `stratil${ENDING} platnosť`, `(?:je|sú) (?:už )?neplatn${ENDING}`],
    validUntil: ["platn(?:ý|á|é|osť) do\\s?:? {DATE}", "dátum (?:vypršania|expirácie|skončenia platnosti)\\s?:? {DATE}", "koniec platnosti\\s?:? {DATE}"],
    renewCall: ["obnov(?:te|iť)? (?:teraz|certifikát|si|ho|včas)", "predĺžte", "obnovte"],
    urgency: [`naliehav${ENDING}`, "okamžite", "bezodkladne", "ihneď", "posledná šanca", "čoskoro vyprší"],
    revoked: [
      `(?:bol|bola|bolo|boli) {GAP}?(?:zneplatnen|odvolan|revokovan)${ENDING}`,
      `(?:stav|status)\\s?:? (?:zneplatnen|odvolan|revokovan)${ENDING}`,
      `certifikát (?:zneplatnen|odvolan|revokovan)${ENDING}`,
    ],
    willRevoke: [`(?:bude|budú|musí byť|musí) {GAP}?(?:zneplatnen|odvolan|revokovan)${ENDING}`, "zneplatníme", "revokujeme", "odvoláme"],
    mustReplace: [`(?:musí|je potrebné) (?:byť )?(?:vymenen|nahraden|vymeniť|nahradiť)${ENDING}`],
    revocationReason: [
      "dôvod (?:zneplatnenia|odvolania|revokácie)\\s?:? [\\p{L}\\d ()-]{3,40}",
      `kompromitáci${ENDING} (?:súkromného )?kľúča`,
      `kľúč {GAP}?kompromitovan${ENDING}`,
      `chyb${ENDING} (?:pri |vo )?(?:validácii|overení)`,
      `chybne vydan${ENDING}`,
    ],
    distrust: ["prestan(?:e|ú) dôverovať", `nebude (?:už )?dôveryhodn${ENDING}`],
    paymentWord: ["platb", "faktúr", "úhrad"],
    paymentFailed: [
      `platb${ENDING} {GAP}?(?:zlyhala|sa nepodarila|bola zamietnutá|zamietnut${ENDING}|neprebehla|nebola (?:prijatá|vykonaná|úspešná))`,
      "nepodarilo sa {GAP}?(?:strhnúť|spracovať|vykonať|zaúčtovať)",
      `(?:karta|karty|transakcia) {GAP}?(?:zamietnut|odmietnut)${ENDING}`,
      `neúspešn${ENDING} platb${ENDING}`,
    ],
    awaitingPayment: [
      "čaká na (?:vašu )?(?:platbu|úhradu)",
      `neuhraden${ENDING}`,
      `nezaplaten${ENDING}`,
      "po splatnosti",
      `upomienk${ENDING}`,
      "suma na úhradu",
      "zaplaťte",
      "uhraďte",
      "neprijali sme (?:vašu )?(?:platbu|úhradu)",
    ],
    receipt: [
      "potvrdenie (?:o )?(?:platbe|platby|úhrade|prijatí platby)",
      `platb${ENDING} {GAP}?(?:bola )?(?:prijatá|pripísaná|potvrdená|úspešne vykonaná)`,
      "ďakujeme za (?:vašu )?(?:platbu|úhradu|nákup)",
      "(?<!ne)(?:zaplatené|uhradené)",
      "(?<!ne)prijali sme (?:vašu )?(?:platbu|úhradu)",
    ],
    orderNumber: [`(?:číslo objednávky|objednávk${ENDING}(?: (?:č\\.|číslo))?)\\s?:? ?#? ?{ID}`],
    invoiceNumber: [`faktúr${ENDING}(?: (?:č\\.|číslo))?\\s?:? ?{ID}`],
    domainValidation: [`validáci${ENDING} domény`, `overeni${ENDING} (?:vlastníctva )?domény`, `overte (?:vlastníctvo )?domén${ENDING}`, "\\bDCV\\b"],
    issued: [`(?:bol|bola) (?:úspešne )?(?:vydan|obnoven)${ENDING}`, `je pripraven${ENDING} na (?:inštaláciu|stiahnutie)`],
    marketing: ["newsletter", "webinár", `zľav${ENDING}`, "anketa", "dotazník", "špeciálna ponuka"],
  },
  reasons: { "kľúč": "keyCompromise", kompromit: "keyCompromise", "chybne vydan": "misissuance", validáci: "caValidationIncident", "overení": "caValidationIncident" },
};
