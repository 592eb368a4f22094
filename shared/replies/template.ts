/** One thing the notice got wrong, as a reply corrects it (from the assessment's reason codes). */
export type ReplyFinding =
  | { code: "wrong-date"; stated: string; actual: string }
  | { code: "wrong-days"; stated: number; daysLeft: number }
  | { code: "not-expired" }
  | { code: "no-urgency"; daysLeft: number }
  | { code: "payment-without-order" }
  | { code: "not-revoked-by-ca" }
  | { code: "no-revocation-on-record" };

/** Facts a reply is built from; every one comes from the inventory, the notice or a CA check, none from guesswork. */
export interface ReplyFacts {
  subject: string;
  /** The notice's date, formatted for the language; null when it had none. */
  sentOn: string | null;
  commonName: string;
  /** Expiry, formatted for the language. */
  notAfter: string;
  expired: boolean;
  letLapse: boolean;
  /** The certificate's own renewal orders when it renews automatically; empty otherwise. */
  renewalOrders: string[];
  /** Order numbers the notice named that are not the certificate's. */
  foreignOrders: string[];
  /** What the reply corrects; empty for an honest notice, which gets no reply. */
  findings: ReplyFinding[];
  signature: string;
}

/** One language's reply: sentences as data, filled from ReplyFacts. */
export interface ReplyTemplate {
  subjectPrefix: string;
  greeting: string;
  reference(subject: string, sentOn: string | null, commonName: string): string;
  decidedNotToRenew: string;
  notOrdered: string;
  expired(date: string): string;
  valid(date: string): string;
  /** Only when the CA's own CRL or OCSP answer said so. */
  notRevokedByCa: string;
  noRevocationOnRecord: string;
  wrongDate(stated: string, actual: string): string;
  wrongDays(stated: string, daysLeft: string): string;
  notExpired: string;
  noUrgency(daysLeft: string): string;
  noOrderNoPayment: string;
  renewsUnder(numbers: string): string;
  foreignOrders(numbers: string): string;
  /** For a payment demand: close the order, stop the messages, correct them. */
  requests: [closeOrder: string, stopMessages: string, correctWording: string];
  /** For a wrong date, count or revocation: correct the records and the messages. */
  correctionRequest: string;
  closing: string;
}
