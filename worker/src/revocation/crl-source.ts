import { getCachedCrl, putCachedCrl } from "../db/crl-cache";
import { boundedFetch, type OutboundLimits } from "../outbound/bounded-fetch";
import { parseCrls } from "./crl";
import type { CrlView } from "./crl-der";

/** The CRLs of one URL (a file may hold several), or why there are none. */
export type LoadedCrl = { ok: true; crls: CrlView[]; fromCache: boolean } | { ok: false; detail: string };

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
    const crls = parseCrls(cached.der);
    if (crls.length) return { ok: true, crls, fromCache: true };
  }
  const fetched = await boundedFetch(url, {
    timeoutMs: limits.timeoutMs,
    allowPrivate: limits.allowPrivate,
    maxBytes: limits.maxBytes,
  });
  if (!fetched.ok) {
    const detail =
      fetched.kind === "too-large"
        ? `The CRL at ${url} is larger than the ${formatBytes(limits.maxBytes)} accepted (CRL_MAX_BYTES); it was not read.`
        : `The CRL at ${url} could not be fetched: ${fetched.detail}.`;
    return { ok: false, detail };
  }
  const crls = parseCrls(fetched.body);
  if (!crls.length)
    return {
      ok: false,
      detail: `The answer from ${url} is not a CRL (${fetched.body.byteLength} bytes that do not parse as one).`,
    };
  // Several CRLs in one file are cached together until the first of them is due.
  const nextUpdates = crls.map((crl) => crl.nextUpdate);
  const due = nextUpdates.every((d) => d !== null) ? new Date(Math.min(...nextUpdates.map((d) => d!.getTime()))) : null;
  if (due && due > now) {
    await putCachedCrl(db, {
      url,
      der: fetched.body,
      thisUpdate: crls[0].thisUpdate.toISOString(),
      nextUpdate: due.toISOString(),
      fetchedAt: now.toISOString(),
    });
  }
  return { ok: true, crls, fromCache: false };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
}
