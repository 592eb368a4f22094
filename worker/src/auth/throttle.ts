import type { Env } from "../env";
import { ApiError } from "../errors";

/**
 * Failed authentications one client may make per period; the numbers live in wrangler.toml
 * (`[[ratelimits]]` AUTH_FAILURES), repeated here only for the message and `Retry-After`.
 */
export const AUTH_FAILURE_LIMIT = { limit: 20, periodSeconds: 60 };

/**
 * The client a failure is counted against, from `CF-Connecting-IP` (set by Cloudflare, not by the
 * sender). An IPv6 client counts as its /64: one subscriber holds a whole /64 and could otherwise
 * pick a fresh address for every guess. An IPv4-mapped IPv6 address counts as its IPv4 address.
 */
export function clientKey(headers: { header(name: string): string | undefined }): string {
  const ip = headers.header("cf-connecting-ip")?.trim().toLowerCase();
  if (!ip) return "unknown";
  if (!ip.includes(":")) return ip;
  const mapped = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (mapped) return mapped[1];
  const [head, tail] = ip.split("::");
  const before = head ? head.split(":") : [];
  const after = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? before
      : [...before, ...Array(Math.max(0, 8 - before.length - after.length)).fill("0"), ...after];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Counts one failed authentication of `client`; throws 429 `rate_limited` once the client is
 * over the limit. Only failures are counted, so a valid token is never slowed by others' typos
 * or guesses. Without the binding (a deployment that dropped it) nothing is counted.
 */
export async function countAuthFailure(
  env: Env,
  client: string,
  setHeader: (name: string, value: string) => void,
): Promise<void> {
  if (!env.AUTH_FAILURES) return;
  const { success } = await env.AUTH_FAILURES.limit({ key: `auth:${client}` });
  if (success) return;
  setHeader("Retry-After", String(AUTH_FAILURE_LIMIT.periodSeconds));
  throw new ApiError(
    429,
    "rate_limited",
    `Too many failed authentications from this client (over ${AUTH_FAILURE_LIMIT.limit} a minute); retry after ${AUTH_FAILURE_LIMIT.periodSeconds} seconds.`,
  );
}
