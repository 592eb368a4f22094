/** Facts a reply is built from; every one comes from the inventory or the notice, none from guesswork. */
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
  noOrderNoPayment: string;
  renewsUnder(numbers: string): string;
  foreignOrders(numbers: string): string;
  requests: [closeOrder: string, stopMessages: string, correctWording: string];
  closing: string;
}
