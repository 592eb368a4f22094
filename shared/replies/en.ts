import type { ReplyTemplate } from "./template";

export const en: ReplyTemplate = {
  subjectPrefix: "Re:",
  greeting: "Dear Sir or Madam,",
  reference: (subject, sentOn, name) => `We refer to your message "${subject}"${sentOn ? ` of ${sentOn}` : ""} about the certificate for ${name}.`,
  decidedNotToRenew: "We deliberately decided not to renew this certificate.",
  notOrdered: "We have not ordered a renewal of this certificate.",
  expired: (date) => `It expired on ${date} and was not revoked.`,
  valid: (date) => `It is valid until ${date} and has not been revoked.`,
  noOrderNoPayment: "No order was placed and no payment was attempted.",
  renewsUnder: (numbers) => `Its renewal runs under our own order ${numbers}; we have placed no other order.`,
  foreignOrders: (numbers) => `The order number ${numbers} is not ours.`,
  requests: [
    "Please close any order you have opened for it,",
    "stop sending these messages,",
    "and correct their wording: nothing is owed and the certificate was not revoked.",
  ],
  closing: "Kind regards,",
};
