import { chainOf, ownedCertificates } from "./chain-links";
import { type ParsedCertificate, parseCertificate } from "./parse-certificate";
import { CERTIFICATE_LABELS, CertificateInputError, base64ToBytes, containsPrivateKey, findPemBlocks } from "./pem";
import { certificatesFromPkcs7, isPkcs12, isPkcs7, PKCS7_LABELS, pkcs12Refusal } from "./pkcs-containers";

/** An end-entity certificate of an upload with the issuer certificates uploaded along with it. */
export interface UploadedCertificate {
  certificate: ParsedCertificate;
  /** Issuers from the same upload, nearest first (intermediate, then root). */
  chain: ParsedCertificate[];
}

/** What an upload (one PEM, a chain, a bundle, a PKCS#7, or one DER) holds. */
export interface CertificateUpload {
  endEntities: UploadedCertificate[];
  /** CA certificates of the upload: kept as chains, never owned certificates of their own. */
  authorities: ParsedCertificate[];
  /** What was ignored on the way (bytes after a certificate), one sentence each. */
  warnings: string[];
}

const PEM_START = "-----BEGIN";
/** Certificates one upload may hold: a chain is 2–4, a team's bundle a few dozen. */
export const MAX_UPLOAD_CERTIFICATES = 50;

function looksLikePem(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  return head.includes(PEM_START);
}

/** A block's bytes; base64 that `atob` refuses (bad padding) is a malformed upload, not a crash. */
function decodeBlock(base64: string): Uint8Array<ArrayBuffer> {
  try {
    return base64ToBytes(base64);
  } catch (error) {
    if (error instanceof CertificateInputError) throw error;
    throw new CertificateInputError("malformed_certificate", "A PEM block's body is not valid base64.");
  }
}

/** DER certificates of PEM text: CERTIFICATE blocks, and the certificates of PKCS7 blocks. */
function pemCertificates(text: string): Uint8Array<ArrayBuffer>[] {
  if (containsPrivateKey(text)) {
    throw new CertificateInputError(
      "private_key",
      "The upload contains a private key. Certitude never stores keys: send only the certificate(s).",
    );
  }
  const blocks = findPemBlocks(text);
  const wanted = blocks.filter((b) => CERTIFICATE_LABELS.includes(b.label) || PKCS7_LABELS.includes(b.label));
  if (wanted.length === 0) {
    const found = blocks.length ? `only ${[...new Set(blocks.map((b) => b.label))].join(", ")}` : "no PEM block";
    throw new CertificateInputError(
      "no_certificate",
      `Expected a PEM certificate (-----BEGIN CERTIFICATE-----) or PKCS#7 (-----BEGIN PKCS7-----); found ${found}.`,
    );
  }
  // The same block pasted twice is decoded once; a text of thousands of blocks is refused before
  // any of them is parsed, so an upload's cost is bounded by what a real bundle holds.
  const bodies = [...new Map(wanted.map((b) => [b.base64, b])).values()];
  refuseTooMany(bodies.length);
  return bodies.flatMap((block) =>
    PKCS7_LABELS.includes(block.label) ? certificatesFromPkcs7(decodeBlock(block.base64)) : [decodeBlock(block.base64)],
  );
}

function derCertificates(der: Uint8Array): Uint8Array[] {
  if (isPkcs12(der)) throw pkcs12Refusal();
  return isPkcs7(der) ? certificatesFromPkcs7(der) : [der];
}

function refuseTooMany(count: number): void {
  if (count > MAX_UPLOAD_CERTIFICATES) {
    throw new CertificateInputError(
      "too_many_certificates",
      `An upload holds at most ${MAX_UPLOAD_CERTIFICATES} certificates; this one has ${count}. Upload the bundle in parts.`,
    );
  }
}

/** Parses one after the other (bounded work), naming which certificate was bad unless the upload was one DER. */
async function parseAll(ders: Uint8Array[], oneDer: boolean): Promise<ParsedCertificate[]> {
  refuseTooMany(ders.length); // a PKCS#7 may hold many
  const parsed: ParsedCertificate[] = [];
  for (const [i, der] of ders.entries()) {
    try {
      parsed.push(await parseCertificate(der));
    } catch (error) {
      if (oneDer) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new CertificateInputError("malformed_certificate", `Certificate ${i + 1} of ${ders.length}: ${detail}`);
    }
  }
  return parsed;
}

/**
 * Parses an upload: PEM text (certificates and PKCS#7 blocks, in any order; CRLF and
 * surrounding text tolerated), DER bytes, or a DER PKCS#7 (.p7b/.p7c). Refuses private keys
 * and PKCS#12. Owned certificates are chosen by `ownedCertificates`; each comes with the chain
 * of its issuers found in the same upload; duplicates (same fingerprint) count once.
 * @throws CertificateInputError with code `private_key`, `pkcs12`, `no_certificate`,
 *   `malformed_certificate`, `too_many_certificates` (more than MAX_UPLOAD_CERTIFICATES) or
 *   `no_end_entity` (only CA certificates that issued one another).
 */
export async function parseCertificateUpload(input: string | Uint8Array): Promise<CertificateUpload> {
  const pem = typeof input === "string" || looksLikePem(input);
  const ders = pem
    ? pemCertificates(typeof input === "string" ? input : new TextDecoder().decode(input))
    : derCertificates(input);
  const parsed = await parseAll(ders, !pem && ders.length === 1);
  const unique = parsed.filter((c, i) => parsed.findIndex((o) => o.fingerprintSha256 === c.fingerprintSha256) === i);
  const owned = ownedCertificates(unique);
  const authorities = unique.filter((c) => !owned.includes(c));
  if (owned.length === 0) {
    throw new CertificateInputError(
      "no_end_entity",
      `The upload holds only CA certificates that issued one another (${authorities.map((a) => a.commonName).join(", ")}). ` +
        "Add the server certificate they issued to the same upload, or upload one certificate on its own to watch that certificate.",
    );
  }
  const warnings = [...new Set(parsed.flatMap((c) => c.warnings))];
  return {
    endEntities: owned.map((certificate) => ({ certificate, chain: chainOf(certificate, authorities) })),
    authorities,
    warnings,
  };
}
