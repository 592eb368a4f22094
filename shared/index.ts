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
