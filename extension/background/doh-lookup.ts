import { DEFAULT_DOH_URL, dohQueryUrl } from "../../shared/dkim/doh";

// DKIM keys are TXT records at `<selector>._domainkey.<domain>`. A content script cannot ask DNS,
// and a webmail page's CSP would stop it fetching another origin, so the background asks
// Cloudflare's DNS-over-HTTPS JSON API (host permission in wxt.config.ts) and hands back its answer.

const TIMEOUT_MS = 5000;
// A key record is a few hundred bytes; an answer far larger is not one.
const MAX_ANSWER_CHARS = 64 * 1024;

export type DohFetch = (url: string, init: RequestInit) => Promise<Response>;

/** The resolver's JSON answer for the TXT records of `name`; throws with a sentence when it cannot be had. */
export async function dohLookup(name: string, fetchImpl: DohFetch): Promise<unknown> {
  const url = dohQueryUrl(DEFAULT_DOH_URL, name);
  let response: Response;
  try {
    response = await fetchImpl(url.toString(), {
      headers: { accept: "application/dns-json" },
      credentials: "omit",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`${url.host} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`${url.host} answered HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_ANSWER_CHARS) throw new Error(`${url.host} sent an answer too large for a DKIM key`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url.host} sent no JSON`);
  }
}
