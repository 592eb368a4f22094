import type { UploadedCertificate } from "../../../shared/x509/certificate-upload";
import type { NewCertificate } from "../db/certificate-rows";
import type { InventoryRecord, ManualRecord, OwnerFields } from "./input";

/** Owner-kept fields with their defaults applied. */
function withDefaults(fields: OwnerFields) {
  return {
    intent: fields.intent ?? "undecided",
    intentReason: fields.intentReason || null, // a blank reason is no reason
    vendor: fields.vendor ?? null,
    orderNumbers: fields.orderNumbers ?? [],
    autoRenew: fields.autoRenew ?? false,
    owner: fields.owner ?? null,
    notes: fields.notes ?? null,
    alertThresholds: fields.alertThresholds ?? null,
    muteUntil: fields.muteUntil ?? null,
  } as const;
}

/** A new record for an uploaded end-entity certificate, its chain and the owner's fields. */
export function certificateFromUpload(upload: UploadedCertificate, fields: OwnerFields): NewCertificate {
  const cert = upload.certificate;
  return {
    id: crypto.randomUUID(),
    externalId: null,
    commonName: cert.commonName,
    subject: cert.subject,
    sans: cert.sans,
    ipAddresses: cert.ipAddresses,
    issuerCN: cert.issuerCN,
    issuerO: cert.issuerO,
    serialNumber: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    fingerprintSha256: cert.fingerprintSha256,
    publicKeyAlgorithm: cert.publicKeyAlgorithm,
    publicKeySize: cert.publicKeySize,
    signatureAlgorithm: cert.signatureAlgorithm,
    ocspUrls: cert.ocspUrls,
    caIssuersUrls: cert.caIssuersUrls,
    crlUrls: cert.crlUrls,
    selfSigned: cert.selfSigned,
    pem: cert.pem,
    chainPem: upload.chain.length ? upload.chain.map((c) => c.pem).join("") : null,
    ...withDefaults(fields),
  };
}

/** A new record typed in by hand or read from an inventory file (no PEM). */
export function certificateFromRecord(record: ManualRecord | InventoryRecord): NewCertificate {
  const external = "id" in record ? record.id : undefined;
  const fingerprint = "fingerprintSha256" in record ? record.fingerprintSha256 : undefined;
  return {
    id: crypto.randomUUID(),
    externalId: external ?? null,
    commonName: record.commonName,
    subject: null,
    sans: record.sans ?? [],
    ipAddresses: record.ipAddresses ?? [],
    issuerCN: record.issuerCN ?? null,
    issuerO: null,
    serialNumber: record.serialNumber ?? null,
    notBefore: record.notBefore ?? null,
    notAfter: record.notAfter,
    fingerprintSha256: fingerprint ?? null,
    publicKeyAlgorithm: null,
    publicKeySize: null,
    signatureAlgorithm: null,
    ocspUrls: [],
    caIssuersUrls: [],
    crlUrls: [],
    selfSigned: null,
    pem: null,
    chainPem: null,
    ...withDefaults(record),
  };
}
