import type { ReplyTemplate } from "./template";

export const it: ReplyTemplate = {
  subjectPrefix: "R:",
  greeting: "Gentili Signore e Signori,",
  reference: (subject, sentOn, name) =>
    `facciamo riferimento al Vostro messaggio «${subject}»${sentOn ? ` del ${sentOn}` : ""} relativo al certificato per ${name}.`,
  decidedNotToRenew: "Abbiamo deciso deliberatamente di non rinnovare questo certificato.",
  notOrdered: "Non abbiamo ordinato il rinnovo di questo certificato.",
  expired: (date) => `È scaduto il ${date}.`,
  valid: (date) => `È valido fino al ${date}.`,
  notRevokedByCa: "Lo stato di revoca pubblicato dalla CA stessa (CRL o OCSP) mostra che non è stato revocato.",
  noRevocationOnRecord: "I nostri registri non riportano alcuna revoca.",
  wrongDate: (stated, actual) => `Il Vostro messaggio indica il ${stated} come data di scadenza; scade il ${actual}.`,
  wrongDays: (stated, daysLeft) => `Il Vostro messaggio parla di ${stated} giorni; gliene restavano ${daysLeft}.`,
  notExpired: "Non è scaduto.",
  noUrgency: (daysLeft) => `Con ${daysLeft} giorni rimanenti, non c’è alcuna urgenza.`,
  noOrderNoPayment: "Non è stato effettuato alcun ordine né tentato alcun pagamento.",
  renewsUnder: (numbers) => `Il rinnovo avviene con il nostro ordine ${numbers}; non abbiamo effettuato altri ordini.`,
  foreignOrders: (numbers) => `Il numero d’ordine ${numbers} non è nostro.`,
  requests: [
    "Vi chiediamo di chiudere qualsiasi ordine aperto per esso,",
    "di interrompere l’invio di questi messaggi",
    "e di correggerne la formulazione: non è dovuto nulla.",
  ],
  correctionRequest: "Vi chiediamo di correggere di conseguenza i Vostri registri e i Vostri messaggi.",
  closing: "Cordiali saluti,",
};
