/**
 * The only `fetch` of the Worker: the target is checked before the request is made, and
 * redirects are followed by hand so that every hop is checked the same way. A server that
 * redirects to a private address gets the same refusal as a URL that names one.
 */
import { checkTarget, type TargetPolicy } from "./target";

/** Hops followed after the first request; more than this is refused. */
const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface GuardedRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: BodyInit;
  signal?: AbortSignal;
}

/**
 * The final answer, or why the request (or one of its redirects) was not made. Network errors
 * and timeouts are thrown as `fetch` throws them; callers turn them into one neutral sentence.
 */
export type GuardedResponse = { ok: true; response: Response } | { ok: false; reason: string };

/** Fetches `url` when `policy` allows it, following at most MAX_REDIRECTS redirects, each checked. */
export async function guardedFetch(
  url: string,
  request: GuardedRequest,
  policy: TargetPolicy,
): Promise<GuardedResponse> {
  let target = checkTarget(url, policy);
  let { method = "GET", body, headers } = request;
  for (let hop = 0; ; hop++) {
    if (!target.ok)
      return { ok: false, reason: hop === 0 ? target.reason : `it redirected to a refused target: ${target.reason}` };
    const response = await fetch(target.url, { method, headers, body, signal: request.signal, redirect: "manual" });
    const location = response.headers.get("location");
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { ok: true, response };
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) return { ok: false, reason: `it redirected more than ${MAX_REDIRECTS} times` };
    // As browsers do: 303, and 301/302 after a POST, continue as a GET without the body.
    if (response.status === 303 || (method === "POST" && response.status !== 307 && response.status !== 308)) {
      method = "GET";
      body = undefined;
    }
    const from = target.url;
    target = resolveLocation(location, from, policy);
    // Credentials are for the server they were given to, not for wherever it points.
    if (target.ok && target.url.origin !== from.origin) headers = withoutCredentials(headers);
  }
}

function withoutCredentials(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !/^(authorization|x-api-key|cookie)$/i.test(name)),
  );
}

function resolveLocation(location: string, base: URL, policy: TargetPolicy): ReturnType<typeof checkTarget> {
  try {
    return checkTarget(new URL(location, base), policy);
  } catch {
    return { ok: false, reason: "it is not a valid URL" };
  }
}
