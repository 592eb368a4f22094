import type { ReplyTemplate } from "./template";

export const en: ReplyTemplate = {
  subjectPrefix: "Re:",
  greeting: "Dear Sir or Madam,",
  reference: (subject, sentOn, name) =>
    `We refer to your message "${subject}"${sentOn ? ` of ${sentOn}` : ""} about the certificate for ${name}.`,
  decidedNotToRenew: "We deliberately decided not to renew this certificate.",
  notOrdered: "We have not ordered a renewal of this certificate.",
  expired: (date) => `It expired on ${date}.`,
  valid: (date) => `It is valid until ${date}.`,
  notRevokedByCa: "The CA's own revocation status (CRL or OCSP) shows that it has not been revoked.",
  noRevocationOnRecord: "Our records show no revocation of it.",
  wrongDate: (stated, actual) => `Your message gives ${stated} as its expiry date; it expires on ${actual}.`,
  wrongDays: (stated, daysLeft) => `Your message speaks of ${stated} days; it had ${daysLeft} days left.`,
  notExpired: "It has not expired.",
  noUrgency: (daysLeft) => `With ${daysLeft} days left, nothing about it is urgent.`,
  noOrderNoPayment: "No order was placed and no payment was attempted.",
  renewsUnder: (numbers) => `Its renewal runs under our own order ${numbers}; we have placed no other order.`,
  foreignOrders: (numbers) => `The order number ${numbers} is not ours.`,
  requests: [
    "Please close any order you have opened for it,",
    "stop sending these messages,",
    "and correct their wording: nothing is owed.",
  ],
  correctionRequest: "Please correct your records and your messages accordingly.",
  closing: "Kind regards,",
};
