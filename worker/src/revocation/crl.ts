import "reflect-metadata";
import { CRLDistributionPointsExtension, X509Certificate, X509Crl } from "@peculiar/x509";
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

/** Parses a DER (or PEM) CRL; null when the bytes are not a CRL. */
export function parseCrl(bytes: Uint8Array<ArrayBuffer>): X509Crl | null {
  try {
    const crl = new X509Crl(bytes);
    // Touch the dates now so a malformed body fails here, not halfway through a judgement.
    void crl.thisUpdate;
    void crl.nextUpdate;
    return crl;
  } catch {
    return null;
  }
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
  crl: X509Crl;
  url: string;
  serialNumber: string;
  issuer: X509Certificate | null;
  now: Date;
}): Promise<CrlJudgement> {
  const { crl, url, issuer, now } = options;
  const serial = displaySerial(options.serialNumber);
  const published = humanDate(crl.thisUpdate);
  const base = { source: "crl" as const, url, publishedAt: crl.thisUpdate.toISOString() };
  const unusable = (detail: string): CrlJudgement => ({ usable: false, verdict: { ...base, status: "unknown", detail } });

  if (issuer) {
    if (crl.issuer !== issuer.subject) {
      return unusable(`The CRL at ${url} was issued by "${crl.issuer}", not by the certificate's issuer "${issuer.subject}".`);
    }
    if (!(await verifies(crl, issuer))) {
      return unusable(`The CRL at ${url} has a signature that does not verify against the issuer "${issuer.subject}": it cannot be trusted.`);
    }
  }
  if (crl.nextUpdate && crl.nextUpdate < now) {
    return unusable(`The CRL at ${url} is stale: its nextUpdate (${humanDate(crl.nextUpdate)}) has passed, so it says nothing about today.`);
  }
  const unverified = issuer ? "" : " (its signature could not be checked: the issuer certificate is unknown)";
  const entry = crl.findRevoked(options.serialNumber.replace(/[^0-9a-f]/gi, ""));
  if (!entry) {
    return {
      usable: true,
      verdict: {
        ...base,
        status: "good",
        detail: `The CA's CRL published ${published} does not list serial ${serial}: the certificate is not revoked${unverified}.`,
      },
    };
  }
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

async function verifies(crl: X509Crl, issuer: X509Certificate): Promise<boolean> {
  try {
    return await crl.verify({ publicKey: issuer });
  } catch {
    return false;
  }
}
