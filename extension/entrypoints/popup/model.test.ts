import { describe, expect, it } from "vitest";
import { certificatePage, NOW } from "../../test-setup/responses";
import { buildPopupModel } from "./model";

const connection = {
  workerUrl: "http://127.0.0.1:8791",
  token: "ct_good",
  version: "0.1.0",
  connectedAt: "2026-11-01T10:00:00Z",
};
const cache = { certificates: certificatePage().certificates, fetchedAt: "2026-11-21T07:30:00.000Z" };

describe("popup model", () => {
  it("asks to connect when no Worker is configured", () => {
    expect(buildPopupModel({ connection: null, cache, stats: null, status: null }, NOW)).toEqual({
      kind: "not-connected",
    });
  });

  it("counts what needs action, what lapsed as planned and this month's misleading notices", () => {
    const stats = { month: "2026-11", misleading: 2, total: 5, fetchedAt: cache.fetchedAt };
    const model = buildPopupModel(
      { connection, cache, stats, status: { attemptedAt: cache.fetchedAt, error: null } },
      NOW,
    );
    expect(model).toMatchObject({
      kind: "ready",
      summary: { needAction: 5, lapsedAsPlanned: 1, total: 10 },
      misleadingThisMonth: 2,
      problem: null,
    });
    expect(model.kind === "ready" && model.urgent.map((c) => c.commonName)[0]).toBe("mail.harborfinch.de");
  });

  it("shows last month's count as zero for this month, and no count when notices were never counted", () => {
    const old = { month: "2026-10", misleading: 4, total: 9, fetchedAt: "2026-10-31T20:00:00Z" };
    expect(buildPopupModel({ connection, cache, stats: old, status: null }, NOW)).toMatchObject({
      misleadingThisMonth: 0,
    });
    expect(buildPopupModel({ connection, cache, stats: null, status: null }, NOW)).toMatchObject({
      misleadingThisMonth: null,
    });
  });

  it("works offline from the cache and says why the refresh failed", () => {
    const status = {
      attemptedAt: "2026-11-21T07:59:00.000Z",
      error: { kind: "unreachable", message: "Failed to fetch" },
    };
    expect(buildPopupModel({ connection, cache, stats: null, status }, NOW)).toMatchObject({
      kind: "ready",
      fetchedAt: cache.fetchedAt,
      problem: { kind: "unreachable" },
    });
  });

  it("reports a failure when there is nothing cached yet", () => {
    const status = {
      attemptedAt: "2026-11-21T07:59:00.000Z",
      error: { kind: "unauthorized", message: "Unknown API token" },
    };
    expect(buildPopupModel({ connection, cache: null, stats: null, status }, NOW)).toMatchObject({ kind: "failed" });
    expect(buildPopupModel({ connection, cache: null, stats: null, status: null }, NOW)).toEqual({ kind: "loading" });
  });
});
