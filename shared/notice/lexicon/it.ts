import type { Lexicon } from "./types";

/** Italian: scadenza, revoca and solleciti di pagamento. */
export const it: Lexicon = {
  language: "it",
  slashDateOrder: "dmy",
  months: {
    gennaio: 1, gen: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, mag: 5, giugno: 6,
    giu: 6, luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, sett: 9, set: 9, ottobre: 10, ott: 10,
    novembre: 11, nov: 11, dicembre: 12, dic: 12,
  },
  dayWords: ["giorni", "giorno"],
  stopwords: ["il", "lo", "la", "di", "che", "è", "per", "con", "non", "una", "un", "del", "della", "sono", "questo", "gli", "le", "al", "tuo", "suo"],
  phrases: {
    expiresInDays: ["(?:scade|scadrà|in scadenza) (?:tra|fra|entro) {N} giorni", "(?:scade|scadrà) {GAP}?(?:tra|fra) {N} giorni", "mancano {N} giorni"],
    expiresOn: ["(?:scade|scadrà|in scadenza)(?: automaticamente)? (?:il )?{DATE}", "(?:scade|scadrà) {GAP}?, il {DATE}"],
    hasExpired: ["(?:è|sono) scadut[oi]", "scadut[oi] il {DATE}"],
    validUntil: ["data di scadenza\\s?:? {DATE}", "valido fino al\\s?:? {DATE}", "scadenza\\s?:? {DATE}"],
    renewCall: ["rinnova (?:ora|subito|il|adesso|entro)", "rinnovalo", "rinnovare (?:ora|il certificato)"],
    urgency: ["urgente", "immediatamente", "\\bsubito\\b", "sta per scadere", "ultima occasione", "non aspettare", "agisci ora"],
    revoked: ["(?:è|sono) stat[oi] revocat[oi]", "abbiamo revocato", "stato\\s?:? revocato", "certificato revocato", "è revocato"],
    willRevoke: ["(?:sarà|saranno|verrà|verranno) revocat[oiae]", "revocheremo"],
    mustReplace: ["(?:deve|dovrà|devono|dovranno) essere sostituit[oi]"],
    revocationReason: ["motivo (?:della )?revoca\\s?:? [\\w ()-]{3,40}", "chiave (?:privata )?compromessa", "compromissione della chiave", "emesso per errore", "errore di convalida"],
    distrust: ["non (?:si fiderà|considererà più attendibil)", "sfiducia"],
    paymentWord: ["pagamento", "fattura", "addebito"],
    paymentFailed: [
      "pagamento (?:non (?:è )?(?:riuscito|andato a buon fine|accettato|stato accettato|completato)|(?:è )?(?:fallito|rifiutato|respinto|stato rifiutato))",
      "non (?:siamo riusciti|è stato possibile) (?:ad? )?(?:addebitare|elaborare|incassare)",
      "(?:carta|addebito) {GAP}?(?:rifiutat[oa]|respint[oa])",
    ],
    awaitingPayment: [
      "in attesa di pagamento",
      "pagamento in sospeso",
      "(?:fattura|pagamento) {GAP}?(?:scadut[oa]|insolut[oa]|in sospeso)",
      "importo (?:dovuto|da pagare|residuo)",
      "sollecito di pagamento",
      "paga ora",
      "non ancora pagat[oa]",
    ],
    receipt: ["ricevuta", "fattura pagata", "pagamento (?:ricevuto|confermato|completato|riuscito)", "grazie per il (?:tuo |suo )?pagamento", "è stato addebitato"],
    orderNumber: ["(?:numero (?:d['’])?)?ordine\\s?(?:n\\.?|nr\\.?|numero|#)?\\s?:? ?{ID}", ],
    invoiceNumber: ["fattura\\s?(?:n\\.?)?\\s?:? ?{ID}"],
    domainValidation: ["(?:convalida|validazione|verifica) (?:del )?dominio", "convalidare (?:il )?dominio"],
    issued: ["è stato emesso", "è pronto per l['’]installazione"],
    marketing: ["newsletter", "webinar", "sconto", "offerta", "sondaggio", "questionario"],
  },
  reasons: { "chiave": "keyCompromise", "emesso per errore": "misissuance", "errore di convalida": "caValidationIncident" },
};
