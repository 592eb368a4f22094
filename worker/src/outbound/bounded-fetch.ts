/**
 * The one place the Worker talks to CAs (CRL, OCSP, CA issuers) and CT search services.
 * Every call is bounded in time and in bytes, and every failure comes back as a value that
 * says what went wrong, so a slow or hostile server can neither hang a cron run nor blow
 * the Worker's memory.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { guardedFetch } from "./guarded-fetch";
import { allowsPrivateTargets, checkTarget } from "./target";

export type OutboundFailureKind =
  | "refused"
  | "timeout"
  | "network"
  | "rate-limited"
  | "http-status"
  | "too-large"
  | "budget";

export type OutboundResult =
  | { ok: true; status: number; contentType: string; body: Uint8Array<ArrayBuffer> }
  | { ok: false; kind: OutboundFailureKind; status?: number; retryAfter?: string; detail: string };

export interface OutboundRequest extends OutboundLimits {
  /** Only https targets (webhooks, which carry account data), unless private targets are allowed. */
  httpsOnly?: boolean;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  maxBytes: number;
}

/**
 * Requests left to the run in progress (a cron run shares Workers' per-invocation subrequest
 * limit with the alert delivery that follows it). Outside `withRequestBudget` there is no cap.
 */
const budgets = new AsyncLocalStorage<{ remaining: number }>();

/** Runs `work` allowing it at most `maxRequests` outbound requests; further ones fail as "budget". */
export function withRequestBudget<T>(maxRequests: number, work: () => Promise<T>): Promise<T> {
  return budgets.run({ remaining: maxRequests }, work);
}

/** Outbound requests the current run may still make (Infinity outside a budget). */
export function requestsLeft(): number {
  return budgets.getStore()?.remaining ?? Number.POSITIVE_INFINITY;
}

/** Fetches `url` with a deadline and a byte cap, when the outbound rules allow it; never throws. */
export async function boundedFetch(url: string, request: OutboundRequest): Promise<OutboundResult> {
  const host = hostOf(url);
  // A refused target costs no request of the run's budget: nothing is sent.
  const target = checkTarget(url, request);
  if (!target.ok) return refused(host, target.reason);
  const budget = budgets.getStore();
  if (budget) {
    if (budget.remaining <= 0)
      return {
        ok: false,
        kind: "budget",
        detail: `no request to ${host}: this run's outbound request budget is spent`,
      };
    budget.remaining -= 1;
  }
  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  try {
    const answer = await guardedFetch(
      url,
      { method: request.method, headers: request.headers, body: request.body, signal },
      request,
    );
    if (!answer.ok) return refused(host, answer.reason);
    response = answer.response;
  } catch (error) {
    return failure(error, host, request.timeoutMs);
  }
  if (response.status === 429) {
    await response.body?.cancel();
    const retryAfter = response.headers.get("retry-after") ?? undefined;
    const wait = retryAfter ? ` (Retry-After: ${retryAfter})` : "";
    return {
      ok: false,
      kind: "rate-limited",
      status: 429,
      retryAfter,
      detail: `${host} is rate limiting requests${wait}`,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      ok: false,
      kind: "http-status",
      status: response.status,
      detail: `${host} answered HTTP ${response.status}`,
    };
  }
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > request.maxBytes) {
    await response.body?.cancel();
    return tooLarge(host, request.maxBytes, declared);
  }
  try {
    const body = await readCapped(response, request.maxBytes);
    if (!body) return tooLarge(host, request.maxBytes);
    return { ok: true, status: response.status, contentType: response.headers.get("content-type") ?? "", body };
  } catch (error) {
    return failure(error, host, request.timeoutMs);
  }
}

/** Reads the body stream, stopping (and returning null) once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function refused(host: string, reason: string): OutboundResult {
  return { ok: false, kind: "refused", detail: `the request to ${host} was refused: ${reason}` };
}

function tooLarge(host: string, maxBytes: number, declared?: number): OutboundResult {
  const size = declared ? `${declared} bytes, ` : "";
  return {
    ok: false,
    kind: "too-large",
    detail: `${host} sent a response too large to accept (${size}limit ${maxBytes} bytes)`,
  };
}

function failure(error: unknown, host: string, timeoutMs: number): OutboundResult {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return { ok: false, kind: "timeout", detail: `${host} did not answer within ${timeoutMs} ms` };
  }
  // One sentence for every connection failure: "refused", "reset" or "no route" would tell a
  // caller which ports of a host are open.
  return { ok: false, kind: "network", detail: unreachable(host) };
}

/** The one wording of a failed connection, whatever the cause. */
export function unreachable(host: string): string {
  return `${host} could not be reached`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A response body parsed as JSON, or undefined when it is not JSON (to be checked with zod). */
export function jsonBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

/** Outbound limits from the Worker's configuration, resolved once per request or cron run. */
export interface OutboundLimits {
  timeoutMs: number;
  /** OUTBOUND_ALLOW_PRIVATE: loopback and private targets allowed (local development only). */
  allowPrivate: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Reads OUTBOUND_TIMEOUT_MS (a missing or nonsensical value falls back to 10 s) and OUTBOUND_ALLOW_PRIVATE. */
export function outboundLimits(env: { OUTBOUND_TIMEOUT_MS?: string; OUTBOUND_ALLOW_PRIVATE?: string }): OutboundLimits {
  const parsed = Number(env.OUTBOUND_TIMEOUT_MS);
  return {
    timeoutMs: Number.isFinite(parsed) && parsed > 0 ? parsed : DEFAULT_TIMEOUT_MS,
    allowPrivate: allowsPrivateTargets(env),
  };
}
