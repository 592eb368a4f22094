import type { NoticeRule } from "./types";

/** Rules that read what a notice says about the certificate's end of validity. */
export const EXPIRY_RULES: readonly NoticeRule[] = [
  { id: "expiry.in-days", description: "Says the certificate expires in N days", phrase: "expiresInDays", claim: "expires-in-days", value: "days", aboutCertificate: true },
  { id: "expiry.within-days", description: "Says the certificate expires within N days (an upper bound)", phrase: "expiresWithinDays", claim: "expires-within-days", value: "days" },
  { id: "expiry.relative", description: "Says the certificate expires tomorrow, today or in N weeks (a day count)", phrase: "expiresRelative", claim: "expires-in-days", value: "relative", aboutCertificate: true },
  { id: "expiry.next-week", description: "Says the certificate expires next week or this week (read as within 14 or 7 days)", phrase: "expiresNextWeek", claim: "expires-within-days", value: "relative", aboutCertificate: true },
  { id: "expiry.on-date", description: "Says the certificate expires on a date", phrase: "expiresOn", claim: "expires-on", value: "date", aboutCertificate: true },
  { id: "expiry.soon", description: "Says the certificate expires soon, without a date or count", phrase: "expiresSoon", claim: "expires-soon", unlessNegated: true, aboutCertificate: true },
  { id: "expiry.has-expired", description: "Says the certificate has expired", phrase: "hasExpired", claim: "has-expired", value: "date", unlessNegated: true, negationReach: 12, aboutCertificate: true },
  { id: "expiry.table", description: "A table's expiry column dates the certificate in the row that names it", phrase: "expiryColumn", claim: "expires-on", value: "date", reader: "table" },
  { id: "expiry.valid-until", description: "States a validity end date as a field (informational)", phrase: "validUntil", claim: "valid-until", value: "date", aboutCertificate: true },
  { id: "expiry.renew-call", description: "Asks the reader to renew", phrase: "renewCall", claim: "renewal-call-to-action" },
  { id: "expiry.urgency", description: "Presses for immediate action", phrase: "urgency", claim: "urgency" },
];
