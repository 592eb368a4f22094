import { vi } from "vitest";
import type { DashboardContext } from "../entrypoints/options/context";
import { certificatePage, NOW } from "./responses";

/** A dashboard context for the Harbor & Finch account, connected, with nothing selected. */
export function dashboardContext(overrides: Partial<DashboardContext> = {}): DashboardContext {
  return {
    connection: {
      workerUrl: "http://127.0.0.1:8791",
      token: "ct_good",
      version: "0.1.0",
      connectedAt: "2026-11-01T10:00:00Z",
    },
    client: null,
    certificates: certificatePage().certificates,
    fetchedAt: "2026-11-21T07:40:00.000Z",
    syncStatus: null,
    now: NOW,
    refresh: vi.fn(async () => {}),
    reload: vi.fn(async () => {}),
    navigate: vi.fn(),
    selectedCertificateId: null,
    ...overrides,
  };
}
