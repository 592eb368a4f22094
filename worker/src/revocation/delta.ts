import "reflect-metadata";
import type { X509Certificate } from "@peculiar/x509";
import { judgeCrl } from "./crl";
import type { CrlView } from "./crl-der";
import { type CrlLimits, loadCrl } from "./crl-source";
import { humanDate, type RevocationVerdict } from "./verdict";

export interface DeltaContext {
  db: D1Database;
  limits: CrlLimits;
  now: Date;
  serialNumber: string;
  issuer: X509Certificate | null;
}

/**
 * A complete CRL's verdict brought up to date with its delta CRL (RFC 5280 §5.2.4, named by the
 * Freshest CRL extension): a serial the delta lists is revoked since, unless the delta says
 * removeFromCRL. A delta that cannot be fetched, trusted or applied leaves the complete CRL's
 * verdict standing, with the reason added to its detail.
 */
export async function applyDeltaCrl(
  base: CrlView,
  verdict: RevocationVerdict,
  context: DeltaContext,
): Promise<RevocationVerdict> {
  const notes: string[] = [];
  for (const url of base.freshestCrlUrls) {
    const loaded = await loadCrl(context.db, url, context.limits, context.now);
    if (!loaded.ok) {
      notes.push(`Its delta CRL was not applied: ${loaded.detail}`);
      continue;
    }
    const delta = loaded.crls.find((crl) => crl.deltaBase !== null);
    if (!delta) {
      notes.push(`Its delta CRL was not applied: the CRL at ${url} has no Delta CRL Indicator.`);
      continue;
    }
    if (base.crlNumber === null || delta.deltaBase! > base.crlNumber) {
      notes.push(
        `Its delta CRL at ${url} was not applied: it updates complete CRL number ${delta.deltaBase}, newer than the one read (${base.crlNumber ?? "unnumbered"}).`,
      );
      continue;
    }
    const judged = await judgeCrl({
      crl: delta,
      url,
      serialNumber: context.serialNumber,
      issuer: context.issuer,
      now: context.now,
    });
    if (!judged.usable) {
      notes.push(`Its delta CRL was not applied: ${judged.verdict.detail}`);
      continue;
    }
    const published = humanDate(delta.thisUpdate);
    if (judged.verdict.status === "revoked" && judged.verdict.reason === "removeFromCRL") {
      return {
        ...judged.verdict,
        status: "good",
        revokedAt: undefined,
        reason: undefined,
        detail: `The CA's delta CRL published ${published} removes the certificate from its CRL (removeFromCRL): it is not revoked.`,
      };
    }
    if (judged.verdict.status === "revoked") {
      return {
        ...judged.verdict,
        detail: `${judged.verdict.detail.replace("The CA's CRL", "The CA's delta CRL")} (The complete CRL published ${humanDate(base.thisUpdate)} did not list it yet.)`,
      };
    }
    return { ...verdict, detail: `${verdict.detail} Its delta CRL published ${published} lists no change for it.` };
  }
  return notes.length ? { ...verdict, detail: `${verdict.detail} ${notes.join(" ")}` } : verdict;
}
