import "reflect-metadata";
import { AuthorityInfoAccessExtension, X509Certificate } from "@peculiar/x509";
import { base64ToBytes, CERTIFICATE_LABELS, findPemBlocks } from "../../../shared/x509/pem";
import { nameKey } from "../../../shared/x509/name-compare";
import { boundedFetch, type OutboundLimits } from "../outbound/bounded-fetch";

/** An issuer certificate is a few kB; anything far bigger is not one. */
const MAX_ISSUER_BYTES = 65_536;
/**
 * Issuer certificates fetched from CA-issuers URLs, kept for the isolate's life: many owned
 * certificates share a handful of issuers, and a cron run should not fetch each one per check.
 * Certificates at a URL do not change in a way that matters here (the signature check decides).
 */
const fetchedIssuers = new Map<string, X509Certificate>();
const MAX_REMEMBERED_ISSUERS = 64;

/** HTTP(S) URLs from the Authority Information Access extension, by access method. */
export function accessUrlsOf(certificate: X509Certificate, method: "ocsp" | "caIssuers"): string[] {
  const aia = certificate.getExtension(AuthorityInfoAccessExtension);
  return (aia?.[method] ?? [])
    .filter((name) => name.type === "url" && /^https?:\/\//i.test(name.value))
    .map((name) => name.value);
}

export interface IssuerLookup {
  issuer: X509Certificate | null;
  /** Where it came from, or why none was found. */
  note: string;
}

/**
 * The certificate that signed `certificate`: from the uploaded chain when present, else fetched
 * from the CA-issuers URL. A candidate counts only if its key verifies the certificate's signature.
 */
export async function findIssuer(
  certificate: X509Certificate,
  chainPem: string | null | undefined,
  outbound: OutboundLimits,
): Promise<IssuerLookup> {
  for (const candidate of parseChain(chainPem)) {
    if (await signed(certificate, candidate)) return { issuer: candidate, note: "issuer from the uploaded chain" };
  }
  const notes: string[] = [];
  for (const url of accessUrlsOf(certificate, "caIssuers")) {
    const remembered = fetchedIssuers.get(url);
    if (remembered && (await signed(certificate, remembered)))
      return { issuer: remembered, note: `issuer fetched from ${url}` };
    const fetched = await boundedFetch(url, { ...outbound, maxBytes: MAX_ISSUER_BYTES });
    if (!fetched.ok) {
      notes.push(`CA issuers URL ${url}: ${fetched.detail}`);
      continue;
    }
    const candidate = parseCertificate(fetched.body);
    if (candidate && (await signed(certificate, candidate))) {
      if (fetchedIssuers.size >= MAX_REMEMBERED_ISSUERS) fetchedIssuers.delete(fetchedIssuers.keys().next().value!);
      fetchedIssuers.set(url, candidate);
      return { issuer: candidate, note: `issuer fetched from ${url}` };
    }
    notes.push(`CA issuers URL ${url} did not return the certificate's issuer`);
  }
  return { issuer: null, note: notes.length ? notes.join("; ") : "the issuer certificate is unknown" };
}

// Block by block: X509Certificates reads a text holding one certificate as PKCS#7 and throws.
function parseChain(chainPem: string | null | undefined): X509Certificate[] {
  if (!chainPem) return [];
  return findPemBlocks(chainPem)
    .filter((block) => CERTIFICATE_LABELS.includes(block.label))
    .map((block) => parseCertificate(base64ToBytes(block.base64)))
    .filter((certificate): certificate is X509Certificate => certificate !== null);
}

function parseCertificate(bytes: Uint8Array<ArrayBuffer>): X509Certificate | null {
  try {
    return new X509Certificate(bytes);
  } catch {
    return null;
  }
}

async function signed(certificate: X509Certificate, candidate: X509Certificate): Promise<boolean> {
  // Names compare as RFC 5280 says (case, spacing, string type), not byte for byte.
  if (
    nameKey(new Uint8Array(candidate.subjectName.toArrayBuffer())) !==
    nameKey(new Uint8Array(certificate.issuerName.toArrayBuffer()))
  )
    return false;
  try {
    return await certificate.verify({ publicKey: candidate, signatureOnly: true });
  } catch {
    return false;
  }
}
