import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createWorkerClient } from "../utils/api/api";
import { certificateCacheItem, connectionItem } from "../utils/storage/storage";
import { apiError, certificatePage, json } from "../test-setup/responses";
import { createMessageHandler } from "./handlers";

const connection = {
  workerUrl: "http://127.0.0.1:8791",
  token: "ct_live_5f1c0d",
  version: "0.1.0",
  connectedAt: "2026-11-20T10:00:00Z",
};

function handlerWith(route: (method: string, path: string, body: string | undefined) => Response) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) =>
    route(init.method ?? "GET", new URL(url).pathname + new URL(url).search, init.body as string | undefined),
  );
  const handle = createMessageHandler((c) => createWorkerClient(c, fetchMock as unknown as typeof fetch));
  return { handle, fetchMock };
}

const notice = {
  from: "Sectigo Billing <billing@sectigo-renewals.net>",
  subject: "Certificate revoked: payment not accepted",
  date: "2026-11-19T07:12:00Z",
  text: "Your certificate for shop.harborfinch.de was revoked because your payment was not accepted.",
};

describe("background message handler", () => {
  beforeEach(async () => {
    await connectionItem.setValue(connection);
    await certificateCacheItem.setValue({
      certificates: certificatePage().certificates,
      fetchedAt: "2026-11-21T07:30:00.000Z",
    });
  });

  it("answers get-state from the cache without the network", async () => {
    const { handle, fetchMock } = handlerWith(() => apiError(500, "internal", "must not be called"));
    const answer = await handle({ type: "get-state" });
    expect(answer).toMatchObject({ ok: true, connected: true, fetchedAt: "2026-11-21T07:30:00.000Z" });
    expect(answer.ok && "certificates" in answer && answer.certificates).toHaveLength(10);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("posts classify-store to /api/classify?store=1 and returns the assessment", async () => {
    const { handle, fetchMock } = handlerWith((method, path, body) => {
      expect([method, path]).toEqual(["POST", "/api/classify?store=1"]);
      expect(JSON.parse(body!)).toEqual(notice);
      return json({
        noticeId: "n-77",
        assessment: { kind: "payment", misleading: true, certificate: "c1", reasons: [] },
      });
    });
    const answer = await handle({ type: "classify-store", notice });
    expect(answer).toMatchObject({ ok: true, noticeId: "n-77", assessment: { kind: "payment", misleading: true } });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it("patches the intent, updates the cached certificate and the badge", async () => {
    const shop = certificatePage().certificates[0];
    const { handle } = handlerWith((method, path, body) => {
      expect([method, path]).toEqual(["PATCH", `/api/certificates/${shop.id}`]);
      return json({ certificate: { ...shop, ...JSON.parse(body!) } });
    });
    const answer = await handle({
      type: "set-intent",
      certificateId: shop.id,
      intent: "let-lapse",
      reason: "Shop moves to a hosted platform",
    });
    expect(answer).toMatchObject({
      ok: true,
      certificate: { intent: "let-lapse", intentReason: "Shop moves to a hosted platform" },
    });
    const cached = (await certificateCacheItem.getValue())!.certificates.find((c) => c.id === shop.id);
    expect(cached?.intent).toBe("let-lapse");
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe("");
  });

  it("answers a failure with the Worker's message instead of throwing", async () => {
    const { handle } = handlerWith(() =>
      apiError(400, "invalid_intent", "intent must be renew, let-lapse or undecided"),
    );
    const answer = await handle({ type: "set-intent", certificateId: "x", intent: "renew", reason: "" });
    expect(answer).toEqual({ ok: false, error: "intent must be renew, let-lapse or undecided" });
  });

  it("rejects malformed and unknown messages", async () => {
    const { handle } = handlerWith(() => json({}));
    expect(
      await handle({ type: "set-intent", certificateId: "c1", intent: "delete-everything", reason: "" }),
    ).toMatchObject({ ok: false });
    expect(await handle({ type: "open-tab", url: "https://evil.example" })).toMatchObject({ ok: false });
    expect(await handle("get-state")).toMatchObject({ ok: false });
  });

  it("says it is not connected when no Worker is configured", async () => {
    await connectionItem.setValue(null);
    const { handle } = handlerWith(() => json({}));
    const answer = await handle({ type: "classify-store", notice });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining("not connected") });
  });
});
