import type { ReplyTemplate } from "./template";

export const nl: ReplyTemplate = {
  subjectPrefix: "Re:",
  greeting: "Geachte heer, mevrouw,",
  reference: (subject, sentOn, name) => `Wij verwijzen naar uw bericht ‘${subject}’${sentOn ? ` van ${sentOn}` : ""} over het certificaat voor ${name}.`,
  decidedNotToRenew: "Wij hebben bewust besloten dit certificaat niet te verlengen.",
  notOrdered: "Wij hebben geen verlenging van dit certificaat besteld.",
  expired: (date) => `Het is op ${date} verlopen en is niet ingetrokken.`,
  valid: (date) => `Het is geldig tot ${date} en is niet ingetrokken.`,
  noOrderNoPayment: "Er is geen bestelling geplaatst en geen betaling geprobeerd.",
  renewsUnder: (numbers) => `De verlenging loopt via onze eigen bestelling ${numbers}; een andere bestelling hebben wij niet geplaatst.`,
  foreignOrders: (numbers) => `Het ordernummer ${numbers} is niet van ons.`,
  requests: [
    "Wij verzoeken u een eventueel geopende bestelling te sluiten,",
    "deze berichten niet langer te sturen",
    "en de formulering ervan te corrigeren: er staat niets open en het certificaat is niet ingetrokken.",
  ],
  closing: "Met vriendelijke groet,",
};
