import type { TxtResolver } from "./types";

/** Cloudflare's public DNS-over-HTTPS resolver, the default for DKIM key lookups. */
export const DEFAULT_DOH_URL = "https://cloudflare-dns.com/dns-query";

/** Fetches a DoH JSON answer for a URL; throws when the resolver could not be reached. */
export type DohJsonFetch = (url: string) => Promise<unknown>;

/** TXT records of one name and how long they may be kept. */
export interface TxtAnswer {
  records: string[];
  /** Seconds, from the answer's TTLs (the SOA's for a name without records). */
  ttl: number;
}

const TXT = 16;

/** The text of one TXT record's data as the JSON API writes it: `"part one" "part two"`, escapes undone. */
export function txtData(data: string): string {
  const parts = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  const joined = parts.length ? parts.join("") : data;
  return joined.replace(/\\(\d{3}|.)/g, (_, esc: string) =>
    /^\d{3}$/.test(esc) ? String.fromCharCode(Number(esc)) : esc,
  );
}

interface DohAnswer {
  Status?: number;
  Answer?: { type?: number; TTL?: number; data?: string }[];
  Authority?: { TTL?: number }[];
}

/** The JSON API's address for the TXT records of `name`: `<baseUrl>?name=<name>&type=TXT`. */
export function dohQueryUrl(baseUrl: string, name: string): URL {
  const url = new URL(baseUrl);
  url.searchParams.set("name", name);
  url.searchParams.set("type", "TXT");
  return url;
}

/**
 * Asks a DNS-over-HTTPS resolver's JSON API (`?name=…&type=TXT`, as Cloudflare and Google
 * serve it) for the TXT records of `name`. NXDOMAIN is an empty answer; a server failure throws.
 */
export async function queryTxt(fetchJson: DohJsonFetch, baseUrl: string, name: string): Promise<TxtAnswer> {
  const url = dohQueryUrl(baseUrl, name);
  const answer = (await fetchJson(url.toString())) as DohAnswer | undefined;
  if (!answer || typeof answer !== "object" || typeof answer.Status !== "number")
    throw new Error(`${url.host} sent no DNS answer`);
  // 3 is NXDOMAIN: the name does not exist, which is an answer.
  if (answer.Status !== 0 && answer.Status !== 3)
    throw new Error(`${url.host} answered DNS status ${answer.Status} for ${name}`);
  const txt = (answer.Answer ?? []).filter((a) => a.type === TXT && typeof a.data === "string");
  // A CNAME on the way to the record may expire sooner than the record: keep the shortest.
  const ttls = [...(answer.Answer ?? []), ...(answer.Authority ?? [])]
    .map((a) => a.TTL)
    .filter((t): t is number => typeof t === "number");
  return { records: txt.map((a) => txtData(a.data!)), ttl: ttls.length ? Math.min(...ttls) : 300 };
}

/**
 * A {@link TxtResolver} over DNS-over-HTTPS. The caller brings the transport (the Worker's
 * bounded fetch, the browser's fetch), so the same code runs in both.
 *
 * @example const resolve = dohTxtResolver(async (url) => (await fetch(url, { headers: { accept: "application/dns-json" } })).json());
 */
export function dohTxtResolver(fetchJson: DohJsonFetch, baseUrl: string = DEFAULT_DOH_URL): TxtResolver {
  return async (name) => (await queryTxt(fetchJson, baseUrl, name)).records;
}
