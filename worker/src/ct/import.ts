import { parseCertificateUpload } from "../../../shared/x509/certificate-upload";
import { certificateFromUpload } from "../certificates/create";
import type { OwnerFields } from "../certificates/input";
import { type Author, storeNewCertificates } from "../certificates/store";
import { addTimelineEvent } from "../db/timeline-events";

/** What importing one CT certificate did: a new record, or the one the account already had. */
export interface ImportedCertificate {
  id: string;
  created: boolean;
  commonName: string;
  serialNumber: string;
  notAfter: string;
}

/**
 * Stores a certificate fetched from CT in the account the way an upload is stored (idempotent on
 * the SHA-256 fingerprint, intent history for a decided intent) and notes on its timeline where
 * it came from. Throws CertificateInputError when the PEM holds no usable certificate.
 */
export async function importCtCertificate(
  db: D1Database,
  author: Author,
  pem: string,
  source: string,
  now: Date,
  fields: OwnerFields = {},
): Promise<ImportedCertificate> {
  const [upload] = (await parseCertificateUpload(pem)).endEntities;
  const stored = await storeNewCertificates(db, author, [certificateFromUpload(upload, fields)], now);
  const [certificate] = stored.certificates;
  const parsed = upload.certificate;
  if (stored.created > 0) {
    await addTimelineEvent(db, {
      accountId: author.accountId,
      certificateId: certificate.id,
      occurredAt: now.toISOString(),
      type: "ct-import",
      summary: `Imported from Certificate Transparency (${source}): serial ${parsed.serialNumber}, issued by ${parsed.issuerCN ?? parsed.issuer}.`,
      data: { source, fingerprintSha256: parsed.fingerprintSha256 },
    });
  }
  return {
    id: certificate.id,
    created: stored.created > 0,
    commonName: parsed.commonName,
    serialNumber: parsed.serialNumber,
    notAfter: parsed.notAfter,
  };
}
