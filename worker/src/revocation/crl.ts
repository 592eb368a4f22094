import "reflect-metadata";
import { CRLDistributionPointsExtension, Name, type X509Certificate, X509CrlEntry } from "@peculiar/x509";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { nameKey } from "../../../shared/x509/name-compare";
import { base64ToBytes, findPemBlocks } from "../../../shared/x509/pem";
import { DSA_SIGNATURE_OIDS, signatureAlgorithmName } from "../../../shared/x509/signature-algorithms";
import { type CrlView, findRevokedEntry, readConcatenatedCrls, readCrlDer } from "./crl-der";
import { displaySerial, humanDate, reasonName, type RevocationVerdict } from "./verdict";

/** HTTP(S) CRL distribution point URLs of a certificate (LDAP points are skipped: Workers speak HTTP). */
export function crlUrlsOf(certificate: X509Certificate): string[] {
  const extension = certificate.getExtension(CRLDistributionPointsExtension);
  const urls: string[] = [];
  for (const point of extension?.distributionPoints ?? []) {
    for (const name of point.distributionPoint?.fullName ?? []) {
      const uri = name.uniformResourceIdentifier;
      if (uri && /^https?:\/\//i.test(uri)) urls.push(uri);
    }
  }
  return urls;
}

const PEM_CRL = "-----BEGIN X509 CRL-----";

/**
 * The CRLs of a download: DER (one, or several one after the other) or PEM (any number of
 * `X509 CRL` blocks, text before and between them tolerated, as `openssl crl -text` writes).
 * Empty when the bytes hold no CRL.
 */
export function parseCrls(bytes: Uint8Array<ArrayBuffer>): CrlView[] {
  // DER starts with a SEQUENCE: no need to turn megabytes into text to look for a PEM header.
  if (bytes[0] === 0x30) {
    const der = readConcatenatedCrls(bytes);
    if (der.length) return der;
  }
  const text = new TextDecoder("latin1").decode(bytes);
  if (!text.includes(PEM_CRL)) return [];
  try {
    return findPemBlocks(text)
      .filter((b) => b.label === "X509 CRL")
      .map((b) => readCrlDer(base64ToBytes(b.base64)))
      .filter((view): view is CrlView => view !== null);
  } catch {
    return [];
  }
}

/** Reads a DER (or PEM) CRL; null when the bytes are not a CRL. Of several, the first. */
export function parseCrl(bytes: Uint8Array<ArrayBuffer>): CrlView | null {
  return parseCrls(bytes)[0] ?? null;
}

/**
 * Of the CRLs of one download, the complete CRL whose issuer is the certificate's issuer (names
 * compared as RFC 5280 says); the first when none is, so the judgement can say whose it was.
 */
export function chooseCrl(crls: readonly CrlView[], issuerName: Uint8Array | null): CrlView | undefined {
  const wanted = issuerName ? nameKey(issuerName) : null;
  const complete = crls.filter((crl) => crl.deltaBase === null);
  return complete.find((crl) => wanted !== null && nameKey(crl.issuer) === wanted) ?? complete[0] ?? crls[0];
}

export interface CrlJudgement {
  /** False when the CRL cannot be relied on (bad signature, wrong issuer, stale). */
  usable: boolean;
  verdict: RevocationVerdict;
}

/**
 * Reads one certificate's status from a CRL. The signature is checked against the issuer when
 * the issuer is known; a CRL from another issuer, with a bad signature or past its nextUpdate
 * is not usable and yields `unknown` with the reason.
 */
export async function judgeCrl(options: {
  crl: CrlView;
  url: string;
  serialNumber: string;
  issuer: X509Certificate | null;
  now: Date;
}): Promise<CrlJudgement> {
  const { crl, url, issuer, now } = options;
  const serial = displaySerial(options.serialNumber);
  const published = humanDate(crl.thisUpdate);
  const base = { source: "crl" as const, url, publishedAt: crl.thisUpdate.toISOString() };
  const unusable = (detail: string): CrlJudgement => ({
    usable: false,
    verdict: { ...base, status: "unknown", detail },
  });

  if (issuer) {
    const crlIssuer = nameOf(crl.issuer);
    if (nameKey(crl.issuer) !== nameKey(new Uint8Array(issuer.subjectName.toArrayBuffer()))) {
      return unusable(
        `The CRL at ${url} was issued by "${crlIssuer}", not by the certificate's issuer "${issuer.subject}".`,
      );
    }
    const signature = await verifies(crl, issuer);
    if (signature === "unsupported") {
      const algorithm = signatureAlgorithmName(crl.signatureOid);
      return unusable(
        `The CRL at ${url} is signed with an unsupported signature algorithm (${algorithm}): it could not be checked, so it was not relied on.`,
      );
    }
    if (signature === "invalid") {
      return unusable(
        `The CRL at ${url} has a signature that does not verify against the issuer "${issuer.subject}": it cannot be trusted.`,
      );
    }
  }
  if (crl.nextUpdate && crl.nextUpdate < now) {
    return unusable(
      `The CRL at ${url} is stale: its nextUpdate (${humanDate(crl.nextUpdate)}) has passed, so it says nothing about today.`,
    );
  }
  const unverified = issuer ? "" : " (its signature could not be checked: the issuer certificate is unknown)";
  const entryDer = findRevokedEntry(crl, options.serialNumber);
  if (!entryDer) {
    return {
      usable: true,
      verdict: {
        ...base,
        status: "good",
        detail: `The CA's CRL published ${published} does not list serial ${serial}: the certificate is not revoked${unverified}.`,
      },
    };
  }
  const entry = new X509CrlEntry(entryDer);
  const reason = reasonName(entry.reason);
  const because = reason ? ` (reason: ${reason})` : "";
  return {
    usable: true,
    verdict: {
      ...base,
      status: "revoked",
      revokedAt: entry.revocationDate.toISOString(),
      ...(reason ? { reason } : {}),
      detail: `The CA's CRL published ${published} lists serial ${serial} as revoked on ${humanDate(entry.revocationDate)}${because}${unverified}.`,
    },
  };
}

function nameOf(der: Uint8Array<ArrayBuffer>): string {
  try {
    return new Name(der).toString();
  } catch {
    return "an unreadable name";
  }
}

/**
 * The CRL's signature over tbsCertList, checked with the issuer's public key. WebCrypto has no
 * DSA (nor any algorithm OpenSSL would name only by OID): those are "unsupported", not invalid.
 */
async function verifies(crl: CrlView, issuer: X509Certificate): Promise<"valid" | "invalid" | "unsupported"> {
  if (DSA_SIGNATURE_OIDS.has(crl.signatureOid) || signatureAlgorithmName(crl.signatureOid) === crl.signatureOid)
    return "unsupported";
  try {
    const signature = asn1js.fromBER(crl.signature).result;
    if (!(signature instanceof asn1js.BitString)) return "invalid";
    const algorithm = pkijs.AlgorithmIdentifier.fromBER(crl.signatureAlgorithm);
    const publicKey = pkijs.Certificate.fromBER(issuer.rawData).subjectPublicKeyInfo;
    return (await pkijs.getCrypto(true).verifyWithPublicKey(crl.tbs, signature, publicKey, algorithm))
      ? "valid"
      : "invalid";
  } catch {
    return "invalid";
  }
}
