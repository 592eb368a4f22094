// The public surface of shared/: exports only.
export type { CertificateRecord, Intent, Inventory } from "./inventory";
export { INTENTS } from "./inventory";
export { certificateCovers, hostnameMatches, normalizeHostname } from "./x509/hostname";
export { type ParsedCertificate, parseCertificate } from "./x509/parse-certificate";
export { type CertificateUpload, type UploadedCertificate, parseCertificateUpload } from "./x509/certificate-upload";
export {
  CertificateInputError,
  type CertificateInputErrorCode,
  type PemBlock,
  containsPrivateKey,
  derToPem,
  findPemBlocks,
} from "./x509/pem";
export {
  DECIDE_NOW_THRESHOLDS,
  DEFAULT_EXPIRY_THRESHOLDS,
  EXPIRING_WITHIN_DAYS,
  RENEW_WINDOW_DAYS,
  UNDECIDED_WINDOW_DAYS,
  URGENCY_HORIZON_DAYS,
} from "./policy";
export { assessNotice, assessParsed } from "./notice/assess";
export type {
  Assessment,
  AssessOptions,
  CertificateMatch,
  Claim,
  ClaimType,
  Evidence,
  Language,
  MatchedBy,
  NoticeKind,
  Reason,
  SenderVerdict,
} from "./notice/types";
export { VENDORS, type Vendor } from "./notice/vendors";
/** MIME layer: raw email → the notice view the engine reads (see shared/mime/types.ts). */
export { parseEmail, type RawEmailInput } from "./mime/parse-email";
export type { AuthVerdict, Mailbox, MessageView, ParsedEmail } from "./mime/types";
export { EmailTooLargeError, MAX_EMAIL_BYTES } from "./mime/errors";
export { htmlToText } from "./mime/html-to-text";
export { hasMojibake, repairMojibake } from "./mime/charset";
export { authVerdictsFromHeaders, parseAuthenticationResults, receiverVerdicts } from "./mime/auth-results";
export { parseAddressList } from "./mime/address";
/** DKIM: signatures verified with WebCrypto, keys over DNS-over-HTTPS (Worker and browser alike). */
export { verifyDkim, type DkimOptions } from "./dkim/verify";
export { DEFAULT_DOH_URL, dohTxtResolver } from "./dkim/doh";
export type { DkimResult, TxtResolver } from "./dkim/types";
export { parseLocalizedDate } from "./mime/forward-date";
