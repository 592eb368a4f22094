import { createWorkerClient } from "./api";
import { isWorkerError } from "./api-error";
import { isSecureWorkerUrl } from "./worker-url";
import {
  certificateCacheItem,
  connectionItem,
  noticeStatsItem,
  syncStatusItem,
  type Connection,
} from "../storage/storage";

/** What can be wrong when connecting, each explained to the user in its own words. */
export type ConnectProblem =
  | "invalid-url"
  | "insecure-url"
  | "missing-token"
  | "permission-denied"
  | "unreachable"
  | "not-certitude"
  | "bad-token"
  | "forbidden"
  | "server";

export type ConnectResult =
  | { ok: true; connection: Connection }
  | { ok: false; problem: ConnectProblem; detail: string };

/** Checks a typed Worker URL: its normal form, or the problem to explain (not a URL; remote plain http). */
export function checkWorkerUrl(
  input: string,
): { ok: true; workerUrl: string } | { ok: false; problem: "invalid-url" | "insecure-url" } {
  const workerUrl = normalizeWorkerUrl(input);
  if (!workerUrl) return { ok: false, problem: "invalid-url" };
  return isSecureWorkerUrl(workerUrl) ? { ok: true, workerUrl } : { ok: false, problem: "insecure-url" };
}

/** The Worker's base URL without a trailing slash, or null when the input is not an http(s) URL. */
export function normalizeWorkerUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The host permission pattern the Worker URL needs. Match patterns name no port (Firefox refuses
 * to grant a pattern with one), and a pattern without a port covers every port of the host.
 */
export function workerOriginPattern(workerUrl: string): string {
  const url = new URL(workerUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Checks that the URL answers like a Certitude Worker (`/api/health`) and that the token is
 * accepted, then saves the connection. A different Worker or account starts with an empty cache.
 */
export async function connectToWorker(
  urlInput: string,
  tokenInput: string,
  fetchImpl?: typeof fetch,
): Promise<ConnectResult> {
  const checked = checkWorkerUrl(urlInput);
  if (!checked.ok) return { ok: false, problem: checked.problem, detail: urlInput };
  const { workerUrl } = checked;
  const token = tokenInput.trim();
  if (!token) return { ok: false, problem: "missing-token", detail: "" };
  const client = createWorkerClient({ workerUrl, token }, fetchImpl);

  let version: string;
  try {
    version = (await client.health()).version;
  } catch (error) {
    // Health needs no token: any refusal there means this is not a Certitude Worker.
    return failure(error, "not-certitude");
  }
  try {
    await client.verifyToken();
  } catch (error) {
    return failure(error, "bad-token");
  }

  const previous = await connectionItem.getValue();
  if (previous?.workerUrl !== workerUrl || previous.token !== token) {
    await Promise.all([
      certificateCacheItem.removeValue(),
      noticeStatsItem.removeValue(),
      syncStatusItem.removeValue(),
    ]);
  }
  const connection: Connection = { workerUrl, token, version, connectedAt: new Date().toISOString() };
  await connectionItem.setValue(connection);
  return { ok: true, connection };
}

/** Forgets the Worker, the token and everything cached from it. */
export async function disconnect(): Promise<void> {
  await Promise.all([
    connectionItem.removeValue(),
    certificateCacheItem.removeValue(),
    noticeStatsItem.removeValue(),
    syncStatusItem.removeValue(),
  ]);
}

function failure(error: unknown, whenUnauthorized: ConnectProblem): ConnectResult {
  const detail = error instanceof Error ? error.message : String(error);
  if (!isWorkerError(error)) return { ok: false, problem: "unreachable", detail };
  // The token is valid but its scope too small: `detail` is the Worker's message naming the scope.
  if (error.code === "forbidden") return { ok: false, problem: "forbidden", detail };
  const problem: ConnectProblem =
    error.kind === "unreachable" || error.kind === "server"
      ? error.kind
      : error.kind === "unauthorized"
        ? whenUnauthorized
        : "not-certitude";
  return { ok: false, problem, detail };
}
