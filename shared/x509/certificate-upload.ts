import { type ParsedCertificate, parseCertificate } from "./parse-certificate";
import { CERTIFICATE_LABELS, CertificateInputError, base64ToBytes, containsPrivateKey, findPemBlocks } from "./pem";

/** An end-entity certificate of an upload with the issuer certificates uploaded along with it. */
export interface UploadedCertificate {
  certificate: ParsedCertificate;
  /** Issuers from the same upload, nearest first (intermediate, then root). */
  chain: ParsedCertificate[];
}

/** What an upload (one PEM, a chain, a bundle, or one DER) holds. */
export interface CertificateUpload {
  endEntities: UploadedCertificate[];
  /** CA certificates of the upload: kept as chains, never owned certificates of their own. */
  authorities: ParsedCertificate[];
}

const PEM_START = "-----BEGIN";
/** Certificates one upload may hold: a chain is 2–4, a team's bundle a few dozen. */
export const MAX_UPLOAD_CERTIFICATES = 50;

function looksLikePem(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  return head.includes(PEM_START);
}

/** CA: basicConstraints cA, or (without basicConstraints) a self-signed issuer of another upload certificate. */
function isAuthority(cert: ParsedCertificate, all: readonly ParsedCertificate[]): boolean {
  if (cert.basicConstraintsCA !== null) return cert.basicConstraintsCA;
  return cert.selfSigned && all.some((other) => other !== cert && other.issuer === cert.subject);
}

function chainOf(cert: ParsedCertificate, authorities: readonly ParsedCertificate[]): ParsedCertificate[] {
  const chain: ParsedCertificate[] = [];
  let current = cert;
  while (!current.selfSigned) {
    const issuer = authorities.find((ca) => ca.subject === current.issuer && !chain.includes(ca));
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

async function parsePemText(text: string): Promise<ParsedCertificate[]> {
  if (containsPrivateKey(text)) {
    throw new CertificateInputError(
      "private_key",
      "The upload contains a private key. Certitude never stores keys: send only the certificate(s).",
    );
  }
  const blocks = findPemBlocks(text);
  const certBlocks = blocks.filter((b) => CERTIFICATE_LABELS.includes(b.label));
  if (certBlocks.length === 0) {
    const found = blocks.length ? `only ${[...new Set(blocks.map((b) => b.label))].join(", ")}` : "no PEM block";
    throw new CertificateInputError("no_certificate", `Expected a PEM certificate (-----BEGIN CERTIFICATE-----); found ${found}.`);
  }
  // The same block pasted twice is parsed once; a text of thousands of blocks is refused before
  // any of them is parsed, so an upload's cost is bounded by what a real bundle holds.
  const bodies = [...new Set(certBlocks.map((b) => b.base64))];
  if (bodies.length > MAX_UPLOAD_CERTIFICATES) {
    throw new CertificateInputError(
      "too_many_certificates",
      `An upload holds at most ${MAX_UPLOAD_CERTIFICATES} certificates; this one has ${bodies.length}. Upload the bundle in parts.`,
    );
  }
  const parsed: ParsedCertificate[] = [];
  for (const [i, base64] of bodies.entries()) {
    try {
      parsed.push(await parseCertificate(base64ToBytes(base64)));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CertificateInputError("malformed_certificate", `Certificate ${i + 1} of ${bodies.length}: ${detail}`);
    }
  }
  return parsed;
}

/**
 * Parses an upload: PEM text (one certificate, a chain or a bundle; CRLF and surrounding text
 * tolerated) or DER bytes. Refuses private keys. Each end-entity certificate comes with the
 * chain of its issuers found in the same upload; duplicates (same fingerprint) count once.
 * @throws CertificateInputError with code `private_key`, `no_certificate`,
 *   `malformed_certificate`, `too_many_certificates` (more than MAX_UPLOAD_CERTIFICATES) or
 *   `no_end_entity` (only CA certificates uploaded).
 */
export async function parseCertificateUpload(input: string | Uint8Array): Promise<CertificateUpload> {
  const parsed =
    typeof input === "string" || looksLikePem(input)
      ? await parsePemText(typeof input === "string" ? input : new TextDecoder().decode(input))
      : [await parseCertificate(input)];
  const unique = parsed.filter((c, i) => parsed.findIndex((o) => o.fingerprintSha256 === c.fingerprintSha256) === i);
  const authorities = unique.filter((c) => isAuthority(c, unique));
  const endEntities = unique
    .filter((c) => !authorities.includes(c))
    .map((certificate) => ({ certificate, chain: chainOf(certificate, authorities) }));
  if (endEntities.length === 0) {
    throw new CertificateInputError(
      "no_end_entity",
      `The upload holds only CA certificates (${authorities.map((a) => a.commonName).join(", ")}); send the server certificate they issued.`,
    );
  }
  return { endEntities, authorities };
}
