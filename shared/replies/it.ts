import type { ReplyTemplate } from "./template";

export const it: ReplyTemplate = {
  subjectPrefix: "R:",
  greeting: "Gentili Signore e Signori,",
  reference: (subject, sentOn, name) => `facciamo riferimento al Vostro messaggio «${subject}»${sentOn ? ` del ${sentOn}` : ""} relativo al certificato per ${name}.`,
  decidedNotToRenew: "Abbiamo deciso deliberatamente di non rinnovare questo certificato.",
  notOrdered: "Non abbiamo ordinato il rinnovo di questo certificato.",
  expired: (date) => `È scaduto il ${date} e non è stato revocato.`,
  valid: (date) => `È valido fino al ${date} e non è stato revocato.`,
  noOrderNoPayment: "Non è stato effettuato alcun ordine né tentato alcun pagamento.",
  renewsUnder: (numbers) => `Il rinnovo avviene con il nostro ordine ${numbers}; non abbiamo effettuato altri ordini.`,
  foreignOrders: (numbers) => `Il numero d’ordine ${numbers} non è nostro.`,
  requests: [
    "Vi chiediamo di chiudere qualsiasi ordine aperto per esso,",
    "di interrompere l’invio di questi messaggi",
    "e di correggerne la formulazione: non è dovuto nulla e il certificato non è stato revocato.",
  ],
  closing: "Cordiali saluti,",
};
