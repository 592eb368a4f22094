import type { Intent } from "../../../shared/inventory";
import { type ParsedCertificate, parseCertificate } from "../../../shared/x509/parse-certificate";
import { CERTIFICATE_LABELS, CertificateInputError, base64ToBytes, findPemBlocks } from "../../../shared/x509/pem";
import { findByFingerprints, prepareInsertCertificate } from "../db/certificates";
import type { NewCertificate } from "../db/certificate-rows";
import { addTimelineEvent } from "../db/timeline-events";

/** What importing one CT certificate did: a new record, or the one the account already had. */
export interface ImportedCertificate {
  id: string;
  created: boolean;
  commonName: string;
  serialNumber: string;
  notAfter: string;
}

/** Owner-kept fields an imported certificate starts with (a successor inherits its predecessor's). */
export interface ImportDefaults {
  intent?: Intent;
  vendor?: string | null;
  owner?: string | null;
  autoRenew?: boolean;
}

/**
 * Stores a certificate fetched from CT in the account (idempotent on the SHA-256 fingerprint) and
 * notes on its timeline where it came from.
 */
export async function importCtCertificate(
  db: D1Database,
  accountId: string,
  pem: string,
  source: string,
  now: Date,
  defaults: ImportDefaults = {},
): Promise<ImportedCertificate> {
  const parsed = await parseCertificate(derOf(pem));
  const [existing] = await findByFingerprints(db, accountId, [parsed.fingerprintSha256]);
  const summary = { commonName: parsed.commonName, serialNumber: parsed.serialNumber, notAfter: parsed.notAfter };
  if (existing) return { id: existing.id, created: false, ...summary };
  const record = newCertificate(parsed, defaults);
  await prepareInsertCertificate(db, accountId, record, now.toISOString()).run();
  await addTimelineEvent(db, {
    accountId,
    certificateId: record.id,
    occurredAt: now.toISOString(),
    type: "ct-import",
    summary: `Imported from Certificate Transparency (${source}): serial ${parsed.serialNumber}, issued by ${parsed.issuerCN ?? parsed.issuer}.`,
    data: { source, fingerprintSha256: parsed.fingerprintSha256 },
  });
  return { id: record.id, created: true, ...summary };
}

/** The record a parsed certificate becomes, with the owner-kept fields it starts with. */
export function newCertificate(parsed: ParsedCertificate, defaults: ImportDefaults): NewCertificate {
  return {
    id: crypto.randomUUID(),
    externalId: null,
    commonName: parsed.commonName,
    subject: parsed.subject,
    sans: parsed.sans,
    ipAddresses: parsed.ipAddresses,
    vendor: defaults.vendor ?? null,
    issuerCN: parsed.issuerCN,
    issuerO: parsed.issuerO,
    orderNumbers: [],
    notBefore: parsed.notBefore,
    notAfter: parsed.notAfter,
    intent: defaults.intent ?? "undecided",
    intentReason: null,
    autoRenew: defaults.autoRenew ?? false,
    owner: defaults.owner ?? null,
    notes: null,
    serialNumber: parsed.serialNumber,
    fingerprintSha256: parsed.fingerprintSha256,
    publicKeyAlgorithm: parsed.publicKeyAlgorithm,
    publicKeySize: parsed.publicKeySize,
    signatureAlgorithm: parsed.signatureAlgorithm,
    ocspUrls: parsed.ocspUrls,
    caIssuersUrls: parsed.caIssuersUrls,
    crlUrls: parsed.crlUrls,
    selfSigned: parsed.selfSigned,
    pem: parsed.pem,
    chainPem: null,
  };
}

/** DER bytes of the first certificate in a PEM text. */
function derOf(pem: string): Uint8Array {
  const block = findPemBlocks(pem).find((b) => CERTIFICATE_LABELS.includes(b.label));
  if (!block) throw new CertificateInputError("no_certificate", "The CT service's answer holds no PEM certificate.");
  return base64ToBytes(block.base64);
}
