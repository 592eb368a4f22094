import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { CertificateInputError, derToPem } from "./pem";

/** The fields Certitude reads from one X.509 certificate. Dates are ISO 8601 UTC. */
export interface ParsedCertificate {
  /** Normalised PEM of the certificate (LF, 64-character lines). */
  pem: string;
  /** Full subject DN, e.g. `C=NL, O=Example BV, CN=www.example.com`. */
  subject: string;
  /** Subject CN; the first SAN (or the subject DN) when the certificate has no CN. */
  commonName: string;
  /** DNS names from subjectAltName. */
  sans: string[];
  /** IP addresses from subjectAltName. */
  ipAddresses: string[];
  issuer: string;
  issuerCN: string | null;
  issuerO: string | null;
  /** Hex, upper case, no separators, without DER sign padding. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER, hex, upper case, no separators. */
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
  /** Issuer equals subject and the certificate's own key verifies its signature. */
  selfSigned: boolean;
  /** basicConstraints says cA:TRUE. */
  basicConstraintsCA: boolean | null;
}

const CURVE_BITS: Record<string, number> = { "P-256": 256, "P-384": 384, "P-521": 521 };

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

function publicKeyOf(cert: x509.X509Certificate): { algorithm: string; size: number | null } {
  let alg: Algorithm & { modulusLength?: number; namedCurve?: string };
  try {
    alg = cert.publicKey.algorithm;
  } catch {
    return { algorithm: "unknown", size: null }; // a key algorithm the library does not know
  }
  if (alg.modulusLength) return { algorithm: "RSA", size: alg.modulusLength };
  if (alg.namedCurve) return { algorithm: alg.name === "ECDH" ? "ECDSA" : alg.name, size: CURVE_BITS[alg.namedCurve] ?? null };
  if (alg.name === "Ed25519") return { algorithm: "Ed25519", size: 256 };
  return { algorithm: alg.name, size: null };
}

function signatureAlgorithmOf(cert: x509.X509Certificate): string {
  let alg: Algorithm & { hash?: { name: string } };
  try {
    alg = cert.signatureAlgorithm;
  } catch {
    return "unknown";
  }
  const hash = alg.hash?.name.replace("-", "") ?? "";
  if (alg.name === "RSASSA-PKCS1-v1_5") return `${hash.toLowerCase()}WithRSAEncryption`;
  if (alg.name === "ECDSA") return `ecdsa-with-${hash}`;
  if (alg.name === "RSA-PSS") return "rsassaPss";
  return alg.name;
}

function generalNameValues(names: readonly x509.GeneralName[] | undefined): string[] {
  return (names ?? []).filter((n) => n.type === "url").map((n) => n.value);
}

function crlUrlsOf(cert: x509.X509Certificate): string[] {
  const ext = cert.getExtension(x509.CRLDistributionPointsExtension);
  return (ext?.distributionPoints ?? []).flatMap((point) =>
    (point.distributionPoint?.fullName ?? []).flatMap((name) =>
      name.uniformResourceIdentifier ? [name.uniformResourceIdentifier] : [],
    ),
  );
}

async function isSelfSigned(cert: x509.X509Certificate): Promise<boolean> {
  if (cert.subject !== cert.issuer) return false;
  try {
    return await cert.isSelfSigned();
  } catch {
    return true; // a key type WebCrypto cannot verify: trust the names
  }
}

/**
 * Parses one DER certificate into the fields Certitude keeps. Runs in workerd and browsers
 * (WebCrypto only). Throws `CertificateInputError("malformed_certificate")` on bytes that are
 * not an X.509 certificate, or one whose fields cannot be read (a broken extension, a date
 * beyond what a Date holds): input never escapes as another kind of error.
 */
export async function parseCertificate(der: Uint8Array): Promise<ParsedCertificate> {
  try {
    return await readFields(new x509.X509Certificate(der.slice()));
  } catch (error) {
    if (error instanceof CertificateInputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CertificateInputError("malformed_certificate", `Not a valid X.509 certificate (${detail}).`);
  }
}

async function readFields(cert: x509.X509Certificate): Promise<ParsedCertificate> {
  const san = cert.getExtension(x509.SubjectAlternativeNameExtension)?.names.items ?? [];
  const sans = san.filter((n) => n.type === "dns").map((n) => n.value);
  const aia = cert.getExtension(x509.AuthorityInfoAccessExtension);
  const key = publicKeyOf(cert);
  return {
    pem: derToPem(new Uint8Array(cert.rawData)),
    subject: cert.subject,
    commonName: cert.subjectName.getField("CN")[0] ?? sans[0] ?? cert.subject,
    sans,
    ipAddresses: san.filter((n) => n.type === "ip").map((n) => n.value),
    issuer: cert.issuer,
    issuerCN: cert.issuerName.getField("CN")[0] ?? null,
    issuerO: cert.issuerName.getField("O")[0] ?? null,
    serialNumber: cert.serialNumber.toUpperCase().replace(/^(00)+(?=[0-9A-F]{2})/, ""),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    fingerprintSha256: toHex(await cert.getThumbprint("SHA-256")),
    publicKeyAlgorithm: key.algorithm,
    publicKeySize: key.size,
    signatureAlgorithm: signatureAlgorithmOf(cert),
    ocspUrls: generalNameValues(aia?.ocsp),
    caIssuersUrls: generalNameValues(aia?.caIssuers),
    crlUrls: crlUrlsOf(cert),
    selfSigned: await isSelfSigned(cert),
    basicConstraintsCA: cert.getExtension(x509.BasicConstraintsExtension)?.ca ?? null,
  };
}
