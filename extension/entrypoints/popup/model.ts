import type { ApiCertificate } from "../../utils/api/api-schemas";
import {
  failedSinceFetch,
  type CertificateCache,
  type Connection,
  type NoticeStats,
  type SyncStatus,
} from "../../utils/storage/storage";
import { mostUrgent, summarize, type Summary } from "../../utils/policy/urgency";

export interface PopupInputs {
  connection: Connection | null;
  cache: CertificateCache | null;
  stats: NoticeStats | null;
  status: SyncStatus | null;
}

export type PopupModel =
  | { kind: "not-connected" }
  | { kind: "loading" }
  | { kind: "failed"; problem: { kind: string; message: string } }
  | {
      kind: "ready";
      summary: Summary;
      /** null when the Worker has not counted notices (yet). */
      misleadingThisMonth: number | null;
      urgent: ApiCertificate[];
      fetchedAt: string;
      /** Set when the last refresh failed: the numbers come from an older cache. */
      problem: { kind: string; message: string } | null;
    };

/** What the popup shows, from what is stored; works offline from the cache. */
export function buildPopupModel({ connection, cache, stats, status }: PopupInputs, now: Date): PopupModel {
  if (!connection) return { kind: "not-connected" };
  const lastFailed = failedSinceFetch(status, cache?.fetchedAt);
  if (!cache) return lastFailed ? { kind: "failed", problem: lastFailed } : { kind: "loading" };
  const month = now.toISOString().slice(0, 7);
  return {
    kind: "ready",
    summary: summarize(cache.certificates, now),
    misleadingThisMonth: stats && stats.month === month ? stats.misleading : stats ? 0 : null,
    urgent: mostUrgent(cache.certificates, now),
    fetchedAt: cache.fetchedAt,
    problem: lastFailed,
  };
}
