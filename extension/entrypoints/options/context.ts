import type { WorkerClient } from "../../utils/api/api";
import type { ApiCertificate } from "../../utils/api/api-schemas";
import type { Connection, SyncStatus } from "../../utils/storage/storage";

export type PanelId =
  | "certificates"
  | "import"
  | "notices"
  | "check"
  | "vendors"
  | "alerts"
  | "settings"
  | "roundcube"
  | "connection";

/** What every dashboard panel may read and ask for. */
export interface DashboardContext {
  connection: Connection | null;
  /** A client for the connected Worker, or null when not connected. */
  client: WorkerClient | null;
  certificates: ApiCertificate[];
  fetchedAt: string | null;
  syncStatus: SyncStatus | null;
  now: Date;
  /** Fetches the certificates again (through the background) and redraws. */
  refresh(): Promise<void>;
  /** Re-reads storage (after connect / disconnect) and redraws. */
  reload(): Promise<void>;
  navigate(panel: PanelId, certificateId?: string): void;
  /** Selected certificate on the certificates panel, from the address (#certificates/<id>). */
  selectedCertificateId: string | null;
}

/** A panel draws itself into a fresh element; async work updates that element later. */
export type Panel = (context: DashboardContext) => HTMLElement;
