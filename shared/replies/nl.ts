import type { ReplyTemplate } from "./template";

export const nl: ReplyTemplate = {
  subjectPrefix: "Re:",
  greeting: "Geachte heer, mevrouw,",
  reference: (subject, sentOn, name) =>
    `Wij verwijzen naar uw bericht ‘${subject}’${sentOn ? ` van ${sentOn}` : ""} over het certificaat voor ${name}.`,
  decidedNotToRenew: "Wij hebben bewust besloten dit certificaat niet te verlengen.",
  notOrdered: "Wij hebben geen verlenging van dit certificaat besteld.",
  expired: (date) => `Het is op ${date} verlopen.`,
  valid: (date) => `Het is geldig tot ${date}.`,
  notRevokedByCa: "De intrekkingsstatus van de CA zelf (CRL of OCSP) laat zien dat het niet is ingetrokken.",
  noRevocationOnRecord: "Onze administratie vermeldt geen intrekking.",
  wrongDate: (stated, actual) => `Uw bericht noemt ${stated} als vervaldatum; het verloopt op ${actual}.`,
  wrongDays: (stated, daysLeft) => `Uw bericht spreekt van ${stated} dagen; het had nog ${daysLeft} dagen.`,
  notExpired: "Het is niet verlopen.",
  noUrgency: (daysLeft) => `Met nog ${daysLeft} dagen is er niets dringends.`,
  noOrderNoPayment: "Er is geen bestelling geplaatst en geen betaling geprobeerd.",
  renewsUnder: (numbers) =>
    `De verlenging loopt via onze eigen bestelling ${numbers}; een andere bestelling hebben wij niet geplaatst.`,
  foreignOrders: (numbers) => `Het ordernummer ${numbers} is niet van ons.`,
  requests: [
    "Wij verzoeken u een eventueel geopende bestelling te sluiten,",
    "deze berichten niet langer te sturen",
    "en de formulering ervan te corrigeren: er staat niets open.",
  ],
  correctionRequest: "Wij verzoeken u uw administratie en uw berichten dienovereenkomstig te corrigeren.",
  closing: "Met vriendelijke groet,",
};
