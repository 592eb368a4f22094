import { DEFAULT_DOH_URL, queryTxt } from "../../../shared/dkim/doh";
import type { DkimResult, TxtResolver } from "../../../shared/dkim/types";
import { verifyDkim } from "../../../shared/dkim/verify";
import { cachedTxtRecords, storeTxtRecords } from "../db/dkim-keys";
import type { Env } from "../env";
import { boundedFetch, jsonBody, outboundLimits } from "../outbound/bounded-fetch";

// A key record is a few hundred bytes; an answer far larger is not one.
const MAX_DOH_BYTES = 64 * 1024;
// Keys are kept as long as DNS says, within bounds: a minute at least (bursts), a day at most (rotation).
const MIN_TTL_S = 60;
const MAX_TTL_S = 86_400;

/**
 * Key lookups over the DoH resolver named by DKIM_DOH_URL (default Cloudflare's), through the
 * Worker's one bounded outbound fetch, cached in D1 for the record's TTL.
 */
function dohResolver(env: Env, now: Date = new Date()): TxtResolver {
  const base = env.DKIM_DOH_URL || DEFAULT_DOH_URL;
  const limits = outboundLimits(env);
  const fetchJson = async (url: string) => {
    const answer = await boundedFetch(url, {
      ...limits,
      headers: { accept: "application/dns-json" },
      maxBytes: MAX_DOH_BYTES,
    });
    if (!answer.ok) throw new Error(answer.detail);
    return jsonBody(answer.body);
  };
  return async (name) => {
    const cached = await cachedTxtRecords(env.DB, name, now);
    if (cached) return cached;
    const { records, ttl } = await queryTxt(fetchJson, base, name);
    await storeTxtRecords(env.DB, name, records, Math.min(MAX_TTL_S, Math.max(MIN_TTL_S, ttl)), now);
    return records;
  };
}

/** The DKIM results of a message's own source (the delivered mail, or the forwarded original). */
export async function verifyNoticeDkim(
  env: Env,
  source: Uint8Array | string,
  now: Date = new Date(),
): Promise<DkimResult[]> {
  return verifyDkim(source, { resolve: dohResolver(env, now), now });
}
