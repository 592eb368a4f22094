import type { Lexicon } from "./types";

// Czech inflects participles by gender and number ("zneplatněn", -a, -o, -y): phrases name the
// stem and let `\p{L}*` take the ending.
const ENDING = "\\p{L}*";

/** Czech: vypršení platnosti, zneplatnění and upomínky k úhradě. */
export const cs: Lexicon = {
  language: "cs",
  slashDateOrder: "dmy",
  months: {
    // Dates use the genitive ("15. prosince 2026"); tables the nominative.
    ledna: 1, leden: 1, února: 2, unora: 2, únor: 2, března: 3, brezna: 3, březen: 3, dubna: 4, duben: 4,
    května: 5, kvetna: 5, květen: 5, června: 6, cervna: 6, červen: 6, července: 7, cervence: 7, červenec: 7,
    srpna: 8, srpen: 8, září: 9, zari: 9, října: 10, rijna: 10, říjen: 10, listopadu: 11, listopad: 11,
    prosince: 12, prosinec: 12,
  },
  dayWords: ["dní", "dnů", "dny", "den", "dni"],
  certificateWords: ["certifikát", "certifikat", "ssl", "tls"],
  notes: { revoked: ["zneplatn\\p{L}*"], neverRevoked: ["nebyl[oa]? (?:nikdy )?zneplatněn\\p{L}*"] },
  stopwords: ["a", "je", "se", "na", "v", "ve", "z", "že", "pro", "k", "o", "s", "váš", "vaše", "vašeho", "vašich", "bude", "jsme", "vám", "prosím", "děkujeme", "tento", "této", "nebo", "byl", "byla", "pokud", "dne", "certifikát", "certifikátu"],
  fillers: ["jen", "pouze", "ještě", "už", "již"],
  negations: ["ne(?!\\p{L})", "nebyl", "nebude", "nepodař", "neuhrazen", "nezaplacen", "žádn", "pokud", "jakmile", "až(?!\\p{L})", "před(?!\\p{L})"],
  otherSubjects: ["karta", "karty", "platební metoda", "heslo", "odkaz", "kód", "nabídka"],
  phrases: {
    expiresInDays: [
      "(?:vyprší|skončí|končí|expiruje|pozbude platnosti|pozbývá platnosti) {GAP}?za {N} (?:dní|dnů|dny|den)",
      "platn\\p{L}* (?:ještě |už jen )?{N} (?:dní|dnů|dny|den)",
      "zbývá {N} (?:dní|dnů|dny|den)",
    ],
    expiresWithinDays: ["(?:vyprší|vyprší|skončí|expiruje|expirují) {GAP}?(?:během|do|v průběhu) (?:následujících |příštích )?{N} (?:dní|dnů|dny)"],
    expiresOn: [
      "(?:vyprší|skončí|končí|expiruje|pozbude platnosti|pozbývá platnosti)(?: automaticky)? (?:dne )?{DATE}",
      "(?:vyprší|skončí|expiruje) {GAP}?dne {DATE}",
      "platn\\p{L}* do(?<=(?:je|zůstává) platn\\p{L}* do)(?<!(?:nabídka|kód|sleva|odkaz|cena)[^.!?\\n]{0,64})(?: dne)? {DATE}",
    ],
    hasExpired: [`(?:vypršel|vypršela|vypršelo|expiroval|pozbyl)${ENDING}`, `(?:je|jsou) (?:již |už )?neplatn${ENDING}`],
    validUntil: ["platn(?:ý|á|é|ost) do\\s?:? {DATE}", "datum (?:vypršení|expirace|konce platnosti)\\s?:? {DATE}", "konec platnosti\\s?:? {DATE}"],
    renewCall: ["obnov(?:te|it)? (?:nyní|certifikát|si|ho|jej|včas)", "prodlužte", "obnovte"],
    urgency: [`naléhav${ENDING}`, "okamžitě", "neprodleně", "\\bihned\\b", "poslední šance", "brzy vyprší"],
    revoked: [
      `(?:byl|byla|bylo|byly) {GAP}?(?:zneplatněn|odvolán|revokován)${ENDING}`,
      `status\\s?:? (?:zneplatněn|odvolán|revokován)${ENDING}`,
      `(?<!(?:bude|budou|musí|má být|může být|mohou být)[^.!?\\n,;]{0,40})certifikát (?:zneplatněn|odvolán|revokován)${ENDING}`,
    ],
    willRevoke: [
      `(?:bude|budou|musí být|musí|má být) {GAP}?(?:zneplatněn|odvolán|revokován)${ENDING}`,
      "zneplatníme",
      "revokujeme",
      `(?:revokace|zneplatnění) {GAP}?(?:naplánován${ENDING}|proběhne)`,
      "(?:musíme|musí|budeme|bude|jsme povinni|je povinna) {GAP}?(?:zneplatnit|odvolat|revokovat)",
      "(?:zneplatní|odvolá|revokuje)(?!\\p{L})",
    ],
    mustReplace: [`(?:musí|je nutné) (?:být )?(?:vyměněn|nahrazen|vyměnit|nahradit)${ENDING}`],
    revocationReason: [
      "důvod (?:zneplatnění|odvolání|revokace)\\s?:? [\\p{L}\\d ()-]{3,40}",
      `kompromitac${ENDING} (?:soukromého )?klíče`,
      `klíč {GAP}?kompromitován${ENDING}`,
      `chyb${ENDING} (?:při |ve )?(?:validaci|ověření)`,
      `chybně vydán${ENDING}`,
    ],
    distrust: ["přestan(?:e|ou) důvěřovat", `nebude (?:již |už )?důvěryhodn${ENDING}`],
    paymentWord: ["platb", "faktur", "úhrad"],
    nonPayment: ["nezaplacení", "neuhrazení", "(?:z důvodu|kvůli) (?:neuhrazené|nezaplacené) faktury"],
    paymentFailed: [
      `platb${ENDING} {GAP}?(?:se nezdařila|selhala|byla zamítnuta|zamítnut${ENDING}|neproběhla|nebyla (?:přijata|provedena|úspěšná))`,
      "nepodařilo se {GAP}?(?:strhnout|zpracovat|provést|inkasovat|stáhnout)",
      `(?:karta|karty|transakce) {GAP}?(?:zamítnut|odmítnut)${ENDING}`,
      `neúspěšn${ENDING} platb${ENDING}`,
    ],
    awaitingPayment: [
      "stav(?: platby| faktury)?\\s?:? (?:nezaplaceno|neuhrazeno|po splatnosti)",
      "neobdrželi jsme (?:vaši )?(?:platbu|úhradu)",
      "čeká na (?:vaši )?(?:platbu|úhradu)",
      `neuhrazen${ENDING}`,
      `nezaplacen${ENDING}`,
      "po splatnosti",
      `upomínk${ENDING}`,
      "částka k úhradě",
      "zaplaťte",
      "uhraďte",
    ],
    receipt: [
      "stav(?: platby| faktury)?\\s?:? (?:zaplaceno|uhrazeno)",
      "obdrželi jsme (?:vaši )?(?:platbu|úhradu)",
      "potvrzení (?:o )?(?:platbě|platby|úhradě|přijetí platby)",
      `platb${ENDING} {GAP}?(?:byla )?(?:přijata|připsána|potvrzena|úspěšně provedena)`,
      "děkujeme za (?:vaši )?(?:platbu|úhradu|nákup)",
      "(?<!ne)(?:zaplaceno|uhrazeno)",
      `účtenk${ENDING}`,
      "zaplacená částka",
    ],
    orderNumber: [`(?:číslo objednávky|objednávk${ENDING}(?: (?:č\\.|číslo))?)\\s?:? ?#? ?{ID}`],
    invoiceNumber: [`faktur${ENDING}(?: (?:č\\.|číslo))?\\s?:? ?{ID}`],
    domainValidation: [`validac${ENDING} domény`, `ověřen${ENDING} (?:vlastnictví )?domény`, `ověřte (?:vlastnictví )?domén${ENDING}`, "\\bDCV\\b"],
    issued: ["(?:byl|byla|bylo) (?:úspěšně )?obnoven\\p{L}*", `(?:byl|byla) vydán${ENDING}`, `je připraven${ENDING} k (?:instalaci|stažení)`],
    marketing: ["newsletter", "webinář", "\\bslev[auy]\\b", "anketa", "dotazník", "speciální nabídka"],
  },
  reasons: { "klíč": "keyCompromise", kompromit: "keyCompromise", "chybně vydán": "misissuance", validac: "caValidationIncident", "ověření": "caValidationIncident" },
};
