import type { Lexicon } from "./types";

/** Finnish: vanheneminen, peruutus and maksumuistutukset. */
export const fi: Lexicon = {
  language: "fi",
  slashDateOrder: "dmy",
  months: {
    // Dates use the partitive ("15. joulukuuta 2026"); tables the nominative.
    tammikuuta: 1, tammikuu: 1, helmikuuta: 2, helmikuu: 2, maaliskuuta: 3, maaliskuu: 3, huhtikuuta: 4,
    huhtikuu: 4, toukokuuta: 5, toukokuu: 5, kesäkuuta: 6, kesäkuu: 6, heinäkuuta: 7, heinäkuu: 7,
    elokuuta: 8, elokuu: 8, syyskuuta: 9, syyskuu: 9, lokakuuta: 10, lokakuu: 10, marraskuuta: 11,
    marraskuu: 11, joulukuuta: 12, joulukuu: 12,
  },
  dayWords: ["päivää", "päivän", "päivä", "päivässä", "vrk"],
  certificateWords: ["varmen", "sertifika", "ssl", "tls"],
  stopwords: ["ja", "on", "että", "ei", "se", "sinun", "teidän", "olemme", "tämä", "tai", "kanssa", "kun", "jos", "voit", "ole", "oli", "myös", "sekä", "ystävällisin", "terveisin", "hei", "varmenne", "varmenteen"],
  fillers: ["vain", "enää", "vielä"],
  negations: ["ei(?!\\p{L})", "emme", "eikä", "maksamat", "jos(?!\\p{L})", "kun(?!\\p{L})", "ennen(?!\\p{L})"],
  otherSubjects: ["\\p{L}*kortti", "korttisi", "maksukortti", "maksutapa", "salasana", "\\p{L}*linkki", "\\p{L}*koodi", "tarjous"],
  phrases: {
    expiresInDays: [
      "(?:vanhenee|päättyy|erääntyy|umpeutuu) {GAP}?{N} (?:päivän|vuorokauden) (?:kuluttua|päästä)",
      "{N} päivän (?:kuluttua|päästä)",
      "(?:voimassa|jäljellä) (?:enää |vain |vielä )?{N} (?:päivää|päivä)",
    ],
    expiresWithinDays: ["(?:vanhenee|vanhenevat|päättyy|umpeutuu) {GAP}?{N} päivän (?:sisällä|kuluessa)"],
    expiresOn: ["(?:on|ovat) voimassa {DATE} (?:asti|saakka)", "(?:vanhenee|päättyy|erääntyy|umpeutuu)(?: automaattisesti)? {DATE}", "(?:vanhenee|päättyy) {GAP}?{DATE}"],
    hasExpired: ["(?:on|ovat) (?:jo )?vanhentun\\p{L}*", "\\bvanhentui\\b", "on päättynyt"],
    validUntil: ["voimassa {DATE} (?:asti|saakka)", "voimassaolo päättyy\\s?:? {DATE}", "vanhenemispäivä\\s?:? {DATE}", "viimeinen voimassaolopäivä\\s?:? {DATE}"],
    renewCall: ["uusi (?:varmenne|nyt|se|sertifikaatti)", "uusi varmenteesi", "uusimaan"],
    urgency: ["kiireellinen", "välittömästi", "\\bheti\\b", "viimeinen mahdollisuus", "vanhenee pian"],
    revoked: ["(?:on|oli) (?:\\p{L}+ )?(?:peruttu|mitätöity|kumottu)", "\\bperuutettu\\b", "tila\\s?:? (?:peruttu|mitätöity)"],
    willRevoke: ["\\b(?:peruutetaan|mitätöidään|kumotaan)\\b", "(?:on|täytyy) (?:\\p{L}+ )?peruuttaa", "tullaan (?:peruuttamaan|mitätöimään)", "(?:on|täytyy|joudumme|joutuu) (?:\\p{L}+ )?(?:peruttava|mitätöitävä|peruuttamaan|mitätöimään)"],
    mustReplace: ["(?:on|täytyy) (?:\\p{L}+ )?vaihtaa"],
    revocationReason: ["peruutuksen syy\\s?:? [\\p{L}\\d ()-]{3,40}", "avain {GAP}?vaarantun\\p{L}*", "vaarantun\\p{L}* (?:yksityi\\p{L}* )?avai\\p{L}*", "validointivirhe", "virheellisesti myönnet\\p{L}*"],
    distrust: ["ei enää luota", "lakkaa luottamasta"],
    paymentWord: ["maksu", "lasku", "veloitus"],
    nonPayment: ["maksamatta jättämi\\p{L}*", "maksun laiminlyön\\p{L}*", "maksamattoman laskun (?:vuoksi|takia)"],
    paymentFailed: ["maksu {GAP}?(?:epäonnistui|hylättiin|ei onnistunut|on hylätty)", "(?:kortti|veloitus) {GAP}?(?:hylättiin|epäonnistui)", "emme voineet (?:veloittaa|käsitellä)", "(?:epäonnistunut|hylätty) (?:maksu|veloitus)"],
    awaitingPayment: ["(?:lasku|maksu) {GAP}?(?:on )?erääntyn\\p{L}*", "maksun tila\\s?:? (?:maksamatta|erääntynyt|avoin)", "tila\\s?:? maksamatta", "emme ole (?:vielä )?vastaanottaneet maksua", "odottaa maksua", "maksamaton", "maksamatta", "erääntyn\\p{L}* lasku", "maksumuistutus", "avoin saldo", "maksa nyt", "ei ole maksettu"],
    receipt: ["(?:maksun )?tila\\s?:? maksettu", "olemme vastaanottaneet maksu\\p{L}*", "\\bkuitti", "maksuvahvistus", "maksu {GAP}?(?:vastaanotettu|on vastaanotettu|(?<!epä)onnistui|vahvistettu)", "kiitos maksustasi", "kiitos ostoksestasi", "maksettu summa"],
    orderNumber: ["tilaus(?:numero|nro)?\\s?:? ?#? ?{ID}"],
    invoiceNumber: ["lasku(?:numero|nro)?\\s?:? ?{ID}"],
    domainValidation: ["verkkotunnuksen (?:validointi|vahvistus|todentaminen)", "vahvista verkkotunnu\\p{L}*"],
    issued: ["on uusittu", "on myönnetty", "on valmis asennettavaksi"],
    marketing: ["uutiskirje", "webinaari", "alennus", "tarjous", "kysely"],
  },
  reasons: { avain: "keyCompromise", vaarantun: "keyCompromise", validointivirhe: "caValidationIncident", "virheellisesti myönnet": "misissuance" },
};
