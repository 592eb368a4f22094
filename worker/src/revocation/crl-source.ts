import { getCachedCrl, putCachedCrl } from "../db/crl-cache";
import { boundedFetch, type OutboundLimits } from "../outbound/bounded-fetch";
import { parseCrl } from "./crl";
import type { CrlView } from "./crl-der";

export type LoadedCrl = { ok: true; crl: CrlView; fromCache: boolean } | { ok: false; detail: string };

export interface CrlLimits extends OutboundLimits {
  /** Largest CRL accepted, in bytes. */
  maxBytes: number;
}

/**
 * The CRL at `url`: from the cache while it is current, else fetched (bounded), parsed and cached
 * until its nextUpdate. Failures come back as a sentence, never as an exception.
 */
export async function loadCrl(db: D1Database, url: string, limits: CrlLimits, now: Date): Promise<LoadedCrl> {
  const cached = await getCachedCrl(db, url, now);
  if (cached) {
    const crl = parseCrl(cached.der);
    if (crl) return { ok: true, crl, fromCache: true };
  }
  const fetched = await boundedFetch(url, { timeoutMs: limits.timeoutMs, allowPrivate: limits.allowPrivate, maxBytes: limits.maxBytes });
  if (!fetched.ok) {
    const detail =
      fetched.kind === "too-large"
        ? `The CRL at ${url} is larger than the ${formatBytes(limits.maxBytes)} accepted (CRL_MAX_BYTES); it was not read.`
        : `The CRL at ${url} could not be fetched: ${fetched.detail}.`;
    return { ok: false, detail };
  }
  const crl = parseCrl(fetched.body);
  if (!crl) return { ok: false, detail: `The answer from ${url} is not a CRL (${fetched.body.byteLength} bytes that do not parse as one).` };
  if (crl.nextUpdate && crl.nextUpdate > now) {
    await putCachedCrl(db, {
      url,
      der: fetched.body,
      thisUpdate: crl.thisUpdate.toISOString(),
      nextUpdate: crl.nextUpdate.toISOString(),
      fetchedAt: now.toISOString(),
    });
  }
  return { ok: true, crl, fromCache: false };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
}
