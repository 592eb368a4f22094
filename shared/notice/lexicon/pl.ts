import type { Lexicon } from "./types";

// Polish inflects heavily: participles end in -y/-a/-e/-o/-i by gender and number, so phrases
// name the stem and let `\p{L}*` take the ending ("unieważnion\p{L}*" for -y, -a, -e, -ych).
const ENDING = "\\p{L}*";

/** Polish: wygaśnięcie, unieważnienie and wezwania do zapłaty as Polish CAs and resellers write them. */
export const pl: Lexicon = {
  language: "pl",
  slashDateOrder: "dmy",
  months: {
    // Dates use the genitive ("22 grudnia 2026"); headings and tables the nominative.
    stycznia: 1, styczeń: 1, styczen: 1, sty: 1, lutego: 2, luty: 2, lut: 2, marca: 3, marzec: 3,
    kwietnia: 4, kwiecień: 4, kwiecien: 4, kwi: 4, maja: 5, maj: 5, czerwca: 6, czerwiec: 6, cze: 6,
    lipca: 7, lipiec: 7, lip: 7, sierpnia: 8, sierpień: 8, sierpien: 8, sie: 8, września: 9, wrzesnia: 9,
    wrzesień: 9, wrzesien: 9, wrz: 9, października: 10, pazdziernika: 10, październik: 10, pazdziernik: 10,
    paź: 10, listopada: 11, listopad: 11, lis: 11, grudnia: 12, grudzień: 12, grudzien: 12, gru: 12,
  },
  dayWords: ["dni", "dnia", "dzień", "dzien"],
  numbers: { jeden: 1, dwa: 2, trzy: 3, pięć: 5, siedem: 7, dziesięć: 10, czternaście: 14, trzydzieści: 30 },
  stopwords: ["i", "w", "z", "na", "nie", "się", "do", "jest", "że", "od", "dla", "oraz", "za", "został", "została", "zostało", "twój", "twoja", "twojego", "państwa", "prosimy", "dziękujemy", "przez", "lub", "tego", "ten", "ta", "po", "jeśli", "będzie", "zespół", "dnia", "certyfikat", "certyfikatu"],
  fillers: ["tylko", "jeszcze", "zaledwie", "już", "około"],
  negations: ["nie(?!\\p{L})", "nieopłac", "niezapłac", "brak(?!\\p{L})", "gdy(?!\\p{L})", "jeśli", "jeżeli", "po (?:otrzymaniu|zaksięgowaniu)", "kiedy"],
  otherSubjects: ["karta", "karty", "kartę", "metoda płatności", "hasło", "link", "kod", "oferta"],
  phrases: {
    expiresInDays: [
      "(?:wygasa|wygaśnie|traci ważność|straci ważność|kończy się|skończy się|upływa|upłynie) {GAP}?za {N} (?:dni|dzień)",
      "(?:ważny|ważna|ważne) jeszcze (?:przez )?{N} (?:dni|dzień)",
      "(?:pozostał[oay]?|zostało) {N} (?:dni|dzień)",
      "za {N} dni (?:wygaśnie|wygasa|traci ważność|straci ważność)",
    ],
    expiresOn: [
      "(?:ważność|termin ważności) {GAP}?(?:kończy się|upływa|wygasa|mija) (?:w dniu |dnia )?{DATE}",
      "ważn\\p{L}* do(?<=(?:jest|pozostaje) ważn\\p{L}* do)(?<!(?:oferta|kod|rabat|link|promocja|cena)[^.!?\\n]{0,64})(?: dnia)? {DATE}",
      "(?:wygasa|wygaśnie|traci ważność|straci ważność|upływa|upłynie)(?: automatycznie)? (?:w dniu |dnia |z dniem )?{DATE}",
      "(?:wygasa|wygaśnie|traci ważność|straci ważność) {GAP}?(?:w dniu|dnia|z dniem) {DATE}",
      "termin ważności {GAP}?(?:upływa|upłynie|mija|minie) (?:w dniu |dnia )?{DATE}",
    ],
    hasExpired: [
      `\\bwygas(?:ł|l)${ENDING}`,
      `(?:stracił|utracił|straciła|utraciła)${ENDING} ważność`,
      "termin ważności {GAP}?(?:upłynął|minął)",
      "(?:jest|są) (?:już )?nieważn\\p{L}*",
    ],
    validUntil: [
      "(?:ważny|ważna|ważne|ważność) do(?: dnia)?\\s?:? {DATE}",
      "data (?:wygaśnięcia|ważności|zakończenia)\\s?:? {DATE}",
      "termin ważności\\s?:? {DATE}",
    ],
    renewCall: ["odnów (?:teraz|certyfikat|go|swój|ważność)", "przedłuż (?:teraz|certyfikat|ważność)", "odnowić certyfikat", "(?:prosimy|należy) (?:o )?(?:odnowić|odnowienie|przedłużyć)"],
    urgency: ["\\bpiln(?:e|ie|a)\\b", "natychmiast\\p{L}*", "niezwłocznie", "ostatnia szansa", "wkrótce (?:wygasa|wygaśnie)", "nie czekaj", "działaj teraz"],
    revoked: [
      `(?:został|została|zostało|zostały|zostali) {GAP}?(?:unieważnion|odwołan|cofnięt)${ENDING}`,
      "unieważniliśmy",
      `status\\s?:? (?:unieważnion|odwołan)${ENDING}`,
      `certyfikat (?:unieważnion|odwołan)${ENDING}`,
    ],
    willRevoke: [
      `(?:zostanie|zostaną|będzie|będą) {GAP}?(?:unieważnion|odwołan)${ENDING}`,
      `(?:musi|muszą|powinien|powinny) (?:zostać |być )?{GAP}?(?:unieważnion|odwołan)${ENDING}`,
      "unieważnimy",
      `unieważnienie {GAP}?(?:zaplanowan${ENDING}|nastąpi)`,
      "w trakcie unieważniania",
    ],
    mustReplace: [`(?:musi|muszą|należy) (?:zostać )?(?:wymienion|zastąpion|wymienić|zastąpić)${ENDING}`],
    revocationReason: [
      "powód (?:unieważnienia|odwołania)\\s?:? [\\p{L}\\d ()-]{3,40}",
      "kompromitacj\\p{L}* klucza",
      "klucz {GAP}?skompromitowan\\p{L}*",
      "błędnie wydan\\p{L}*",
      "(?:błąd|incydent\\p{L}*) (?:walidacji|weryfikacji|walidacyjn\\p{L}*)",
    ],
    distrust: ["przestan(?:ie|ą) ufać", "nie (?:będzie|będą) już (?:zaufan|uznawan)\\p{L}*", "utrat\\p{L}* zaufania"],
    paymentWord: ["płatnoś", "faktur", "opłat", "wpłat", "zapłat", "należnoś"],
    nonPayment: ["z powodu (?:braku|nieuregulowania) (?:płatności|zapłaty|wpłaty|należności)", "z powodu nieopłaconej faktury", "braku (?:płatności|zapłaty|wpłaty)"],
    paymentFailed: [
      "(?:bank|wystawca karty) {GAP}?odrzucił\\p{L}* (?:transakcję|płatność|obciążenie)",
      "płatnoś\\p{L}* {GAP}?(?:nie powiodła się|odrzucon\\p{L}*|nieudan\\p{L}*|nie (?:została|zostały) (?:zrealizowan|przyjęt|zaakceptowan)\\p{L}*)",
      "nie udało się {GAP}?(?:pobrać|obciążyć|zrealizować|przetworzyć|zaksięgować)",
      "(?:karta|karty|transakcja|obciążenie) {GAP}?(?:odrzucon|nieudan)\\p{L}*",
      "(?:nieudana|odrzucona) (?:płatność|transakcja)",
      "błąd płatności",
      "odmowa autoryzacji",
    ],
    awaitingPayment: [
      "nie otrzymaliśmy (?:jeszcze )?(?:płatności|wpłaty|zapłaty)",
      "oczekuj\\p{L}* na (?:płatność|wpłatę|zapłatę|opłacenie)",
      "nieopłacon\\p{L}*",
      "niezapłacon\\p{L}*",
      "(?:zaległ\\p{L}*|przeterminowan\\p{L}*) (?:płatnoś|faktur|należnoś)\\p{L}*",
      "faktur\\p{L}* {GAP}?(?:przeterminowan|nieopłacon|niezapłacon)\\p{L}*",
      "kwota do zapłaty",
      "termin płatności {GAP}?(?:minął|upłynął)",
      "przypomnienie o (?:płatności|zapłacie)",
      "wezwanie do zapłaty",
      "(?:zapłać|opłać) (?:teraz|fakturę|zamówienie)",
      "brak (?:wpłaty|płatności)",
    ],
    receipt: [
      "otrzymaliśmy (?:twoją |państwa )?(?:płatność|wpłatę)",
      "potwierdzenie (?:płatności|zapłaty|wpłaty|zakupu)",
      "płatnoś\\p{L}* {GAP}?(?:została |zostały )?(?:przyjęt|zaksięgowan|otrzyman|potwierdzon|zrealizowan)\\p{L}*",
      "dziękujemy za (?:płatność|wpłatę|dokonanie płatności)",
      "(?<!nie)(?<!nie )(?:opłacon|zapłacon)(?:e|a|o|y)\\b",
      "\\bparagon\\b",
      "pokwitowanie",
      "kwota zapłacona",
    ],
    orderNumber: [
      "(?:numer|nr\\.?) zamówienia\\s?:? ?#? ?{ID}",
      "zamówieni(?:e|a|u)(?: (?:nr\\.?|numer))?\\s?:? ?#? ?{ID}",
    ],
    invoiceNumber: ["faktur(?:a|y|ę)(?: (?:vat|pro ?forma))?(?: (?:nr\\.?|numer))?\\s?:? ?#? ?{ID}"],
    domainValidation: ["walidacj\\p{L}* domeny", "weryfikacj\\p{L}* (?:własności )?domeny", "potwierdź (?:własność )?domen\\p{L}*", "\\bDCV\\b"],
    issued: ["(?:został|została|zostało) (?:pomyślnie )?odnowion\\p{L}*", `(?:został|zostało) (?:wydan|wystawion)${ENDING}`, "jest gotowy do (?:instalacji|pobrania)"],
    marketing: ["newsletter", "webinar", "rabat", "zniżk\\p{L}*", "promocj\\p{L}*", "ankiet\\p{L}*", "oferta specjalna", "kod rabatowy"],
  },
  reasons: { klucz: "keyCompromise", kompromitac: "keyCompromise", "błędnie wydan": "misissuance", walidac: "caValidationIncident", weryfikac: "caValidationIncident" },
};
