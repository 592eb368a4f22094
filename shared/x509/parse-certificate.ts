import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { readAsn1Time } from "./asn1-time";
import { certificateParts, signatureIsOwn } from "./certificate-der";
import { contentOf, elementOf } from "./der";
import { readExtensions } from "./extensions";
import { mostSpecificName } from "./hostname";
import { nameKey } from "./name-compare";
import { formatName } from "./name-text";
import { CertificateInputError, derToPem } from "./pem";
import { formatSerial } from "./serial";
import { signatureAlgorithmName } from "./signature-algorithms";

/** The fields Certitude reads from one X.509 certificate. Dates are ISO 8601 UTC. */
export interface ParsedCertificate {
  /** Normalised PEM of the certificate (LF, 64-character lines). */
  pem: string;
  /** Full subject DN, e.g. `C=NL, O=Example BV, CN=www.example.com`. */
  subject: string;
  /** The most specific subject CN; else the first DNS SAN, the first IP SAN, or the subject DN. */
  commonName: string;
  /** Every subject CN, in certificate order. */
  commonNames: string[];
  /** DNS names from subjectAltName. */
  sans: string[];
  /** IP addresses from subjectAltName. */
  ipAddresses: string[];
  issuer: string;
  issuerCN: string | null;
  issuerO: string | null;
  /** As `openssl x509 -serial` prints it: upper-case hex of the magnitude, `-` before a negative one. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the certificate's own DER (bytes after it excluded), hex, upper case, no separators. */
  fingerprintSha256: string;
  /** `RSA`, `ECDSA`, `Ed25519` … */
  publicKeyAlgorithm: string;
  /** Bits: the RSA modulus length or the EC curve size. */
  publicKeySize: number | null;
  /** OpenSSL-style name, e.g. `sha256WithRSAEncryption`, `ecdsa-with-SHA384`. */
  signatureAlgorithm: string;
  ocspUrls: string[];
  caIssuersUrls: string[];
  crlUrls: string[];
  /** Issuer equals subject (RFC 5280 comparison) and the certificate's own key verifies its signature. */
  selfSigned: boolean;
  /** basicConstraints says cA:TRUE. */
  basicConstraintsCA: boolean | null;
  /** Comparison keys of the subject and issuer names (RFC 5280 §7.1), for linking chains. */
  subjectKey: string;
  issuerKey: string;
  /** Key identifiers, hex: subjectKeyIdentifier and authorityKeyIdentifier's keyIdentifier. */
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  /** Extensions (OIDs) and SAN entries not read: unknown or undecodable, never fatal. */
  unreadExtensions: string[];
  /** Things the owner should know that did not stop the reading (bytes after the certificate). */
  warnings: string[];
}

const CURVE_BITS: Record<string, number> = { "P-256": 256, "P-384": 384, "P-521": 521 };

function publicKeyOf(spki: Uint8Array<ArrayBuffer>): { algorithm: string; size: number | null } {
  let alg: Algorithm & { modulusLength?: number; namedCurve?: string };
  try {
    alg = new x509.PublicKey(spki).algorithm;
  } catch {
    return { algorithm: "unknown", size: null }; // a key algorithm the library does not know
  }
  if (alg.modulusLength) return { algorithm: "RSA", size: alg.modulusLength };
  if (alg.namedCurve)
    return { algorithm: alg.name === "ECDH" ? "ECDSA" : alg.name, size: CURVE_BITS[alg.namedCurve] ?? null };
  if (alg.name === "Ed25519") return { algorithm: "Ed25519", size: 256 };
  return { algorithm: alg.name, size: null };
}

/**
 * Parses one DER certificate into the fields Certitude keeps. Runs in workerd and browsers
 * (WebCrypto only). Bytes after the certificate are ignored and said in `warnings`; extensions
 * it cannot read are listed, not fatal. Throws `CertificateInputError("malformed_certificate")`
 * on bytes that are not an X.509 certificate, or whose validity it cannot read as X.680 says
 * (the message names the field): never a silently wrong date.
 */
export async function parseCertificate(der: Uint8Array): Promise<ParsedCertificate> {
  const parts = certificateParts(der);
  const own = der.slice(0, parts.outer.end);
  const trailing = der.byteLength - own.byteLength;
  const times = { notBefore: new Date(0), notAfter: new Date(0) };
  try {
    times.notBefore = readAsn1Time(parts.notBefore.tag, contentOf(der, parts.notBefore), "notBefore");
    times.notAfter = readAsn1Time(parts.notAfter.tag, contentOf(der, parts.notAfter), "notAfter");
  } catch (error) {
    throw new CertificateInputError("malformed_certificate", (error as Error).message);
  }
  const ext = readExtensions(der, parts.extensions);
  const subject = formatName(elementOf(der, parts.subject));
  const issuer = formatName(elementOf(der, parts.issuer));
  const key = publicKeyOf(elementOf(der, parts.spki));
  const subjectKey = nameKey(elementOf(der, parts.subject));
  const issuerKey = nameKey(elementOf(der, parts.issuer));
  return {
    pem: derToPem(own),
    subject: subject.text,
    commonName: mostSpecificName(subject.commonNames) ?? ext.dnsNames[0] ?? ext.ipAddresses[0] ?? subject.text,
    commonNames: subject.commonNames,
    sans: ext.dnsNames,
    ipAddresses: ext.ipAddresses,
    issuer: issuer.text,
    issuerCN: mostSpecificName(issuer.commonNames) ?? null,
    issuerO: issuer.organization,
    serialNumber: formatSerial(contentOf(der, parts.serial)),
    notBefore: times.notBefore.toISOString(),
    notAfter: times.notAfter.toISOString(),
    fingerprintSha256: await sha256Hex(own),
    publicKeyAlgorithm: key.algorithm,
    publicKeySize: key.size,
    signatureAlgorithm: signatureAlgorithmName(parts.signatureOid),
    ocspUrls: ext.ocspUrls,
    caIssuersUrls: ext.caIssuersUrls,
    crlUrls: ext.crlUrls,
    selfSigned: subjectKey === issuerKey && (await signatureIsOwn(der, parts)),
    basicConstraintsCA: ext.basicConstraintsCA,
    subjectKey,
    issuerKey,
    subjectKeyId: ext.subjectKeyId,
    authorityKeyId: ext.authorityKeyId,
    unreadExtensions: ext.unread,
    warnings:
      trailing > 0
        ? [
            `${trailing} byte${trailing === 1 ? "" : "s"} after the certificate's DER were ignored (not part of it, nor of its fingerprint).`,
          ]
        : [],
  };
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
