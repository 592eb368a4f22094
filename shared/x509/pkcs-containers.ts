import type * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { childrenOf, contentOf, decodeOid, readTlv } from "./der";
import { CertificateInputError } from "./pem";

const SIGNED_DATA = "1.2.840.113549.1.7.2";
const DATA = "1.2.840.113549.1.7.1";
const ENVELOPED_DATA = "1.2.840.113549.1.7.3";
const ENCRYPTED_DATA = "1.2.840.113549.1.7.6";

/** PEM labels of a PKCS#7 certificate bundle (`openssl crl2pkcs7` writes `PKCS7`). */
export const PKCS7_LABELS: readonly string[] = ["PKCS7", "PKCS #7 SIGNED DATA", "CERTIFICATE CHAIN"];

/** The refusal of a PKCS#12 (.p12/.pfx) file: it carries the private key. */
export function pkcs12Refusal(): CertificateInputError {
  return new CertificateInputError(
    "pkcs12",
    "This is a PKCS#12 (.p12/.pfx) file, which holds a private key: Certitude never stores keys. Export the certificate without its private key (PEM, DER or PKCS#7) and upload that.",
  );
}

/** Whether DER bytes are a PKCS#7 ContentInfo (any content type). */
export function isPkcs7(der: Uint8Array): boolean {
  const outer = readTlv(der, 0);
  const first = outer?.tag === 0x30 ? readTlv(der, outer.start, outer.end) : null;
  return first?.tag === 0x06 && decodeOid(contentOf(der, first)).startsWith("1.2.840.113549.1.7.");
}

/** Whether DER bytes are a PKCS#12 PFX: SEQUENCE { INTEGER 3, ContentInfo (data or signed data) … }. */
export function isPkcs12(der: Uint8Array): boolean {
  const outer = readTlv(der, 0);
  const [version, authSafe] = outer?.tag === 0x30 ? (childrenOf(der, outer) ?? []) : [];
  if (version?.tag !== 0x02 || der[version.start] !== 3 || version.end - version.start !== 1 || authSafe?.tag !== 0x30)
    return false;
  const type = readTlv(der, authSafe.start, authSafe.end);
  const oid = type?.tag === 0x06 ? decodeOid(contentOf(der, type)) : "";
  return oid === DATA || oid === SIGNED_DATA;
}

/**
 * The DER certificates of a PKCS#7 SignedData bundle (`.p7b`/`.p7c`, "certs-only"), read with pkijs.
 * @throws CertificateInputError: not a SignedData, an encrypted PKCS#7, or one without certificates.
 */
export function certificatesFromPkcs7(der: Uint8Array): Uint8Array<ArrayBuffer>[] {
  let info: pkijs.ContentInfo;
  try {
    info = pkijs.ContentInfo.fromBER(der.slice());
  } catch (error) {
    throw new CertificateInputError("malformed_certificate", `Not a valid PKCS#7 file (${(error as Error).message}).`);
  }
  if (info.contentType === ENVELOPED_DATA || info.contentType === ENCRYPTED_DATA) {
    throw new CertificateInputError(
      "no_certificate",
      "This PKCS#7 file is encrypted; export the certificates as a certs-only PKCS#7 (.p7b), PEM or DER.",
    );
  }
  if (info.contentType !== SIGNED_DATA) {
    throw new CertificateInputError(
      "no_certificate",
      `This PKCS#7 file holds ${info.contentType}, not certificates (SignedData).`,
    );
  }
  let signed: pkijs.SignedData;
  try {
    signed = new pkijs.SignedData({ schema: info.content });
  } catch (error) {
    throw new CertificateInputError(
      "malformed_certificate",
      `The PKCS#7 SignedData does not parse (${(error as Error).message}).`,
    );
  }
  const certificates = (signed.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  if (certificates.length === 0)
    throw new CertificateInputError("no_certificate", "The PKCS#7 file holds no certificate.");
  // toSchema() keeps the signed tbsCertificate bytes as read, so the DER (and fingerprint) is the original.
  return certificates.map((c) => new Uint8Array((c.toSchema() as asn1js.Sequence).toBER()));
}
