import * as pkijs from "pkijs";
import { childrenOf, contentOf, decodeOid, elementOf, isWellFormed, readTlv, type Tlv } from "./der";
import { CertificateInputError } from "./pem";

/** Where the fields of a certificate are in its DER (RFC 5280 §4.1). */
export interface CertificateParts {
  /** The Certificate SEQUENCE; bytes after its end are not part of the certificate. */
  outer: Tlv;
  tbs: Tlv;
  signatureAlgorithm: Tlv;
  signatureValue: Tlv;
  signatureOid: string;
  serial: Tlv;
  issuer: Tlv;
  notBefore: Tlv;
  notAfter: Tlv;
  subject: Tlv;
  spki: Tlv;
  /** The `[3]` element around the Extensions, when present. */
  extensions: Tlv | undefined;
}

const SEQUENCE = 0x30;

/** Locates a certificate's fields; the outer SEQUENCE's own length says where it ends. */
export function certificateParts(der: Uint8Array): CertificateParts {
  const refuse = (why: string) =>
    new CertificateInputError("malformed_certificate", `Not a valid X.509 certificate (${why}).`);
  const outer = readTlv(der, 0);
  if (!outer || outer.tag !== SEQUENCE) throw refuse("the bytes do not start with a complete DER SEQUENCE");
  if (!isWellFormed(der, outer))
    throw refuse("it is not DER: an element's length is wrong or not in its shortest form");
  const [tbs, signatureAlgorithm, signatureValue, extra] = childrenOf(der, outer) ?? [];
  if (!tbs || tbs.tag !== SEQUENCE || signatureAlgorithm?.tag !== SEQUENCE || signatureValue?.tag !== 0x03 || extra) {
    throw refuse("it is not a SEQUENCE of tbsCertificate, signatureAlgorithm and signature");
  }
  const fields = childrenOf(der, tbs);
  if (!fields) throw refuse("the tbsCertificate does not parse");
  const at = fields[0]?.tag === 0xa0 ? 1 : 0; // [0] version is optional (v1)
  const [serial, , issuer, validity, subject, spki] = fields.slice(at, at + 6);
  if (
    serial?.tag !== 0x02 ||
    issuer?.tag !== SEQUENCE ||
    validity?.tag !== SEQUENCE ||
    subject?.tag !== SEQUENCE ||
    spki?.tag !== SEQUENCE
  ) {
    throw refuse("the tbsCertificate lacks a serial, issuer, validity, subject or public key");
  }
  const [notBefore, notAfter] = childrenOf(der, validity) ?? [];
  if (!notBefore || !notAfter) throw refuse("the validity has no notBefore and notAfter");
  const algorithmOid = childrenOf(der, signatureAlgorithm)?.[0];
  return {
    outer,
    tbs,
    signatureAlgorithm,
    signatureValue,
    signatureOid: algorithmOid?.tag === 0x06 ? decodeOid(contentOf(der, algorithmOid)) : "?",
    serial,
    issuer,
    notBefore,
    notAfter,
    subject,
    spki,
    extensions: fields.slice(at + 6).find((f) => f.tag === 0xa3),
  };
}

/**
 * Whether the certificate's own public key verifies its signature. A key or signature type
 * WebCrypto cannot verify (DSA, Ed448) counts as verified: the names already matched.
 */
export async function signatureIsOwn(der: Uint8Array, parts: CertificateParts): Promise<boolean> {
  let inputs: [Uint8Array<ArrayBuffer>, pkijs.PublicKeyInfo, pkijs.AlgorithmIdentifier];
  let signature: InstanceType<typeof pkijs.Certificate>["signatureValue"];
  try {
    const certificate = pkijs.Certificate.fromBER(elementOf(der, parts.outer));
    signature = certificate.signatureValue;
    inputs = [elementOf(der, parts.tbs), certificate.subjectPublicKeyInfo, certificate.signatureAlgorithm];
  } catch {
    return true;
  }
  try {
    return await pkijs.getCrypto(true).verifyWithPublicKey(inputs[0], signature, inputs[1], inputs[2]);
  } catch {
    return true;
  }
}
