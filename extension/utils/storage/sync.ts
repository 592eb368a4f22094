import { createWorkerClient, type WorkerClient } from "../api/api";
import { isWorkerError } from "../api/api-error";
import {
  certificateCacheItem,
  connectionItem,
  noticeStatsItem,
  syncStatusItem,
  type CertificateCache,
  type Connection,
} from "./storage";

type ClientFactory = (connection: Connection) => WorkerClient;

export type RefreshOutcome =
  | { ok: true; cache: CertificateCache }
  | { ok: false; kind: string; error: string; cache: CertificateCache | null };

/**
 * Fetches the account's certificates (every page) and this month's notices into the cache.
 * On failure the old cache stays: the extension keeps working offline from it, and
 * `syncStatus` says what went wrong and when.
 */
export async function refreshCache(
  now = new Date(),
  clientFor: ClientFactory = (connection) => createWorkerClient(connection),
): Promise<RefreshOutcome> {
  const connection = await connectionItem.getValue();
  if (!connection) return { ok: false, kind: "not-connected", error: "Not connected to a Worker.", cache: null };
  const client = clientFor(connection);
  const attemptedAt = now.toISOString();
  try {
    const certificates = await client.listCertificates();
    const cache = { certificates, fetchedAt: attemptedAt };
    await certificateCacheItem.setValue(cache);
    await refreshNoticeStats(client, now);
    await syncStatusItem.setValue({ attemptedAt, error: null });
    return { ok: true, cache };
  } catch (error) {
    const kind = isWorkerError(error) ? error.kind : "unexpected";
    const message = error instanceof Error ? error.message : String(error);
    await syncStatusItem.setValue({ attemptedAt, error: { kind, message } });
    return { ok: false, kind, error: message, cache: await certificateCacheItem.getValue() };
  }
}

/** Counts this month's notices with the Worker's filters; a Worker without the route keeps the old count. */
async function refreshNoticeStats(client: WorkerClient, now: Date): Promise<void> {
  const month = now.toISOString().slice(0, 7);
  const since = `since=${month}-01`;
  try {
    const [all, misleading] = await Promise.all([
      client.notices(`${since}&limit=1`),
      client.notices(`${since}&misleading=true&limit=1`),
    ]);
    await noticeStatsItem.setValue({
      month,
      misleading: misleading.total,
      total: all.total,
      fetchedAt: now.toISOString(),
    });
  } catch (error) {
    if (isWorkerError(error) && error.kind === "not-found") return;
    throw error;
  }
}
