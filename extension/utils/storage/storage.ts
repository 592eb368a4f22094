import { storage } from "wxt/utils/storage";
import type { ApiCertificate } from "../api/api-schemas";

// Every item the extension keeps, in one place. All live in storage.local: the API token
// stays on this device, and the certificate cache lets the popup work offline.

/** The Worker this browser is connected to, and the account's API token. */
export interface Connection {
  workerUrl: string;
  token: string;
  /** The Worker's version at connect time (from /api/health). */
  version: string;
  connectedAt: string;
}
export const connectionItem = storage.defineItem<Connection | null>("local:connection", { fallback: null });

/** The account's certificates as the Worker last sent them. */
export interface CertificateCache {
  certificates: ApiCertificate[];
  fetchedAt: string;
}
export const certificateCacheItem = storage.defineItem<CertificateCache | null>("local:certificateCache", {
  fallback: null,
});

/** Misleading notices received in the current month, counted at the last refresh. */
export interface NoticeStats {
  /** yyyy-mm, the month counted. */
  month: string;
  misleading: number;
  total: number;
  fetchedAt: string;
}
export const noticeStatsItem = storage.defineItem<NoticeStats | null>("local:noticeStats", { fallback: null });

/** The outcome of the last refresh; `error` is set when it failed (the cache is then older). */
export interface SyncStatus {
  attemptedAt: string;
  error: { kind: string; message: string } | null;
}
export const syncStatusItem = storage.defineItem<SyncStatus | null>("local:syncStatus", { fallback: null });

/** The last refresh's error when it came after the cached data was fetched (the cache is stale), else null. */
export function failedSinceFetch(status: SyncStatus | null, fetchedAt: string | null | undefined): SyncStatus["error"] {
  return status?.error && (!fetchedAt || status.attemptedAt >= fetchedAt) ? status.error : null;
}

/** Origins of self-hosted Roundcube installs the overlay runs on, e.g. "https://mail.example.com". */
export const roundcubeOriginsItem = storage.defineItem<string[]>("local:roundcubeOrigins", { fallback: [] });

/** Whether a webmail adapter recognised the page it last loaded in. */
export interface ProviderStatus {
  /** The provider's display name ("Gmail"). */
  name: string;
  /** `paused`: the page did not look the way the adapter knows it, so the overlay stays out. */
  state: "active" | "paused";
  checkedAt: string;
}
/** Per provider id ("gmail", "roundcube", …): written by the content scripts, shown by the popup. */
export const providerStatusItem = storage.defineItem<Record<string, ProviderStatus>>("local:providerStatus", {
  fallback: {},
});
