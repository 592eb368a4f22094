import type { Env } from "../env";
import { ApiError } from "../errors";

/**
 * Failed authentications one client may make per period; the numbers live in wrangler.toml
 * (`[[ratelimits]]` AUTH_FAILURES), repeated here only for the message and `Retry-After`.
 */
export const AUTH_FAILURE_LIMIT = { limit: 20, periodSeconds: 60 };

/** The client a failure is counted against: Cloudflare sets `CF-Connecting-IP`, a sender cannot. */
export function clientKey(headers: { header(name: string): string | undefined }): string {
  return headers.header("cf-connecting-ip")?.trim() || "unknown";
}

/**
 * Counts one failed authentication of `client`; throws 429 `rate_limited` once the client is
 * over the limit. Only failures are counted, so a valid token is never slowed by others' typos
 * or guesses. Without the binding (a deployment that dropped it) nothing is counted.
 */
export async function countAuthFailure(env: Env, client: string, setHeader: (name: string, value: string) => void): Promise<void> {
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
