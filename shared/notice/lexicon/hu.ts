import type { Lexicon } from "./types";

// Hungarian puts the date first and the verb last ("2026. december 15-én lejár") and adds case
// endings to dates and nouns ("15-én", "számláját"): phrases allow an ending after the date.
const DATE_ENDING = "(?:-?[a-záéíóöőúüű]{1,4})?";

/** Hungarian: lejárat, visszavonás and fizetési felszólítások. */
export const hu: Lexicon = {
  language: "hu",
  slashDateOrder: "dmy",
  months: {
    január: 1, januar: 1, jan: 1, február: 2, februar: 2, febr: 2, feb: 2, március: 3, marcius: 3, márc: 3,
    április: 4, aprilis: 4, ápr: 4, május: 5, majus: 5, máj: 5, június: 6, junius: 6, jún: 6, július: 7, julius: 7,
    júl: 7, augusztus: 8, aug: 8, szeptember: 9, szept: 9, október: 10, oktober: 10, okt: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  dayWords: ["nap", "napon", "napot", "napig", "nappal"],
  certificateWords: ["tanúsítvány", "ssl", "tls"],
  stopwords: ["az", "és", "hogy", "nem", "egy", "is", "van", "meg", "már", "ön", "önt", "önnek", "tisztelt", "üdvözlettel", "kérjük", "köszönjük", "ez", "ezt", "vagy", "szerint", "után", "miatt", "tanúsítvány", "tanúsítványa"],
  fillers: ["csak", "már csak", "még", "mindössze"],
  negations: ["nem(?!\\p{L})", "nincs", "sem(?!\\p{L})", "ha(?!\\p{L})", "amint", "amikor", "mielőtt", "kifizetetlen"],
  otherSubjects: ["\\p{L}*kárty\\p{L}*", "jelsz\\p{L}*", "link\\p{L}*", "kód\\p{L}*", "ajánlat\\p{L}*"],
  phrases: {
    expiresInDays: ["{N} nap (?:múlva|mulva) (?:lejár|megszűnik|jár le)", "(?:lejár|megszűnik) {GAP}?{N} nap (?:múlva|mulva)", "még {N} napig érvényes"],
    expiresWithinDays: ["{N} napon belül (?:lejár|lejárnak|megszűnik)"],
    expiresOn: [
      `{DATE}${DATE_ENDING} (?:lejár|jár le|megszűnik)`,
      `(?:lejár|megszűnik|lejárata) {GAP}?{DATE}`,
      `érvényes {DATE}${DATE_ENDING}(?<=ig)`,
    ],
    hasExpired: ["\\blejárt\\b(?! (?:számla|határidő|fizetési|tartozás))", "\\bmegszűnt\\b", "már nem érvényes"],
    validUntil: ["lejárati dátum\\p{L}*\\s?:? {DATE}", "érvényesség vége\\s?:? {DATE}", "érvényes\\s?:? {DATE}"],
    renewCall: ["újítsa meg", "hosszabbítsa meg", "megújítás most"],
    urgency: ["sürgős", "azonnal", "haladéktalanul", "utolsó esély", "hamarosan lejár"],
    revoked: ["visszavonták", "visszavonásra került", "visszavontuk", "(?:állapot|státusz)\\s?:? visszavon\\p{L}*", "\\bvisszavonva\\b"],
    willRevoke: ["visszavonjuk", "visszavonásra kerül\\b", "vissza fogjuk vonni", "vissza kell vonn\\p{L}*", "visszavonásra fog kerülni"],
    mustReplace: ["(?:ki kell cserélni|cserélje ki)"],
    revocationReason: ["visszavonás oka\\s?:? [\\p{L}\\d ()-]{3,40}", "kompromittálód\\p{L}*", "validálási hiba", "hibásan kiállított"],
    distrust: ["nem (?:fogja|fogják) (?:tovább )?megbízhatónak tekinteni", "bizalom megvonása"],
    paymentWord: ["fizetés", "számla", "terhelés", "díj"],
    paymentFailed: [
      "(?:sikertelen|elutasított) (?:fizetés|terhelés|tranzakció)",
      "fizetés {GAP}?(?:sikertelen|nem sikerült|elutasításra került|meghiúsult)",
      "nem sikerült {GAP}?(?:terhelni|levonni|feldolgozni)",
      "kártya {GAP}?elutasít\\p{L}*",
    ],
    awaitingPayment: [
      "fizetésre vár",
      "(?:kifizetetlen|rendezetlen|lejárt) számla",
      "számla {GAP}?(?:még )?(?:nincs kifizetve|nem került kiegyenlítésre)",
      "fizetési (?:emlékeztető|felszólítás)",
      "fizessen most",
      "\\btartozás",
    ],
    receipt: [
      "fizetés(?:i)? visszaigazolás\\p{L}*",
      "\\bnyugta\\b",
      "köszönjük (?:a )?(?:befizetését|fizetését|vásárlását)",
      "fizetés {GAP}?(?:sikeres(?:en megtörtént)?|beérkezett|jóváírásra került)",
      "(?<!ki)(?<!nincs )kifizetve",
    ],
    orderNumber: ["(?:rendelésszám|megrendelésszám|rendelés(?:i)? szám(?:a)?|megrendelés)\\s?:? ?#? ?{ID}"],
    invoiceNumber: ["számla(?:szám)?\\s?:? ?{ID}"],
    domainValidation: ["domain ?(?:validáció|validálás|ellenőrzés)", "igazolja a domain"],
    issued: ["kiállításra került", "kiállítottuk", "(?:sikeresen )?megújítottuk", "megújításra került"],
    marketing: ["hírlevél", "webinárium", "kedvezmény", "akció", "kérdőív"],
  },
  reasons: { kompromittálód: "keyCompromise", "validálási hiba": "caValidationIncident", "hibásan kiállított": "misissuance" },
};
