import { beforeEach, describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../api/api";
import { refreshCache } from "./sync";
import { certificateCacheItem, connectionItem, noticeStatsItem, syncStatusItem } from "./storage";
import { apiError, certificatePage, json, NOW } from "../../test-setup/responses";

const connection = {
  workerUrl: "http://127.0.0.1:8791",
  token: "ct_live_5f1c0d",
  version: "0.1.0",
  connectedAt: "2026-11-20T10:00:00Z",
};

function workerAnswering(route: (path: string, url: URL) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (url: string) => route(new URL(url).pathname, new URL(url)));
  return {
    fetchMock,
    clientFor: (c: typeof connection) => createWorkerClient(c, fetchMock as unknown as typeof fetch),
  };
}

/** The Worker's notices route: it filters by `since` and `misleading` and reports the total. */
function noticesRoute(url: URL): Response {
  const since = url.searchParams.get("since");
  const misleading = url.searchParams.get("misleading");
  expect(since).toBe("2026-11-01");
  const notices = [
    {
      id: "n1",
      subject: "Your certificate was revoked: payment not accepted",
      misleading: true,
      datedAt: "2026-11-19T07:12:00Z",
    },
    {
      id: "n2",
      subject: "Expiry notice: shop.harborfinch.de in 14 days",
      misleading: false,
      datedAt: "2026-11-21T06:00:00Z",
    },
    { id: "n4", subject: "Action required: renew now", misleading: true, datedAt: "2026-11-03T09:30:00Z" },
  ].filter((n) => misleading !== "true" || n.misleading);
  return json({
    notices: notices.slice(0, Number(url.searchParams.get("limit"))),
    total: notices.length,
    limit: 1,
    offset: 0,
  });
}

describe("refreshCache", () => {
  beforeEach(async () => {
    await connectionItem.setValue(connection);
  });

  it("stores the certificates and this month's misleading notice count", async () => {
    const { clientFor } = workerAnswering((path, url) =>
      path === "/api/certificates" ? json(certificatePage()) : noticesRoute(url),
    );
    const outcome = await refreshCache(NOW, clientFor);
    expect(outcome.ok).toBe(true);
    const cache = await certificateCacheItem.getValue();
    expect(cache?.certificates).toHaveLength(10);
    expect(cache?.fetchedAt).toBe(NOW.toISOString());
    expect(await noticeStatsItem.getValue()).toMatchObject({ month: "2026-11", misleading: 2, total: 3 });
    expect(await syncStatusItem.getValue()).toEqual({ attemptedAt: NOW.toISOString(), error: null });
  });

  it("keeps working when the Worker has no notices route yet", async () => {
    const { clientFor } = workerAnswering((path) =>
      path === "/api/certificates" ? json(certificatePage()) : apiError(404, "not_found", "Not found"),
    );
    const outcome = await refreshCache(NOW, clientFor);
    expect(outcome.ok).toBe(true);
    expect(await noticeStatsItem.getValue()).toBeNull();
  });

  it("keeps the old cache and records the failure when the Worker is unreachable", async () => {
    await certificateCacheItem.setValue({
      certificates: certificatePage().certificates,
      fetchedAt: "2026-11-20T08:00:00.000Z",
    });
    const { clientFor } = workerAnswering(() => {
      throw new TypeError("Failed to fetch");
    });
    const outcome = await refreshCache(NOW, clientFor);
    expect(outcome).toMatchObject({ ok: false, kind: "unreachable" });
    expect((await certificateCacheItem.getValue())?.fetchedAt).toBe("2026-11-20T08:00:00.000Z");
    expect((await syncStatusItem.getValue())?.error?.kind).toBe("unreachable");
  });

  it("does nothing without a connection", async () => {
    await connectionItem.setValue(null);
    const { fetchMock, clientFor } = workerAnswering(() => json(certificatePage()));
    expect(await refreshCache(NOW, clientFor)).toMatchObject({ ok: false, kind: "not-connected" });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
