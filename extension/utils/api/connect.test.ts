import { describe, expect, it, vi } from "vitest";
import { checkWorkerUrl, connectToWorker, disconnect, normalizeWorkerUrl, workerOriginPattern } from "./connect";
import { createWorkerClient } from "./api";
import { certificateCacheItem, connectionItem } from "../storage/storage";
import { apiError, certificatePage, json } from "../../test-setup/responses";

/** A Certitude Worker at the HTTP boundary: health is public, certificates need the token. */
function certitudeWorker(validToken: string) {
  return vi.fn(async (url: string, init: RequestInit = {}) => {
    const { pathname } = new URL(url);
    if (pathname === "/api/health") return json({ ok: true, version: "0.1.0" });
    if (new Headers(init.headers).get("Authorization") !== `Bearer ${validToken}`) {
      return apiError(401, "unauthorized", "Missing or unknown API token");
    }
    return json({ certificates: certificatePage().certificates.slice(0, 1), total: 10 });
  }) as unknown as typeof fetch;
}

describe("connecting to a Worker", () => {
  it("normalizes the URL and derives the host permission", () => {
    expect(normalizeWorkerUrl(" https://certitude.example.workers.dev/ ")).toBe(
      "https://certitude.example.workers.dev",
    );
    expect(normalizeWorkerUrl("http://127.0.0.1:8791")).toBe("http://127.0.0.1:8791");
    expect(normalizeWorkerUrl("certitude.example.com")).toBeNull();
    expect(normalizeWorkerUrl("ftp://files.example.com")).toBeNull();
    expect(workerOriginPattern("https://certitude.example.com/base")).toBe("https://certitude.example.com/*");
    expect(workerOriginPattern("http://127.0.0.1:8787")).toBe("http://127.0.0.1/*");
    expect(workerOriginPattern("https://[::1]:8443/")).toBe("https://[::1]/*");
  });

  it("accepts plain http only for a Worker on this computer", () => {
    for (const local of [
      "http://127.0.0.1:8787",
      "http://127.8.9.10",
      "http://localhost:8787",
      "http://[::1]:8787",
      "http://2130706433:8787",
      "https://certitude.example.com",
    ]) {
      expect(checkWorkerUrl(local), local).toMatchObject({ ok: true });
    }
    for (const remote of [
      "http://certitude.example.com",
      "http://10.0.0.5:8787",
      "http://192.168.1.20",
      "http://[2001:db8::1]",
      "http://localhost.example.com",
      "http://127.0.0.1.nip.io",
    ]) {
      expect(checkWorkerUrl(remote), remote).toEqual({ ok: false, problem: "insecure-url" });
    }
    expect(checkWorkerUrl("certitude.example.com")).toEqual({ ok: false, problem: "invalid-url" });
  });

  it("refuses a remote http Worker before any request, so the token never travels in clear", async () => {
    const fetchMock = certitudeWorker("ct_good");
    expect(await connectToWorker("http://certitude.example.com", "ct_good", fetchMock)).toMatchObject({
      ok: false,
      problem: "insecure-url",
    });
    await expect(
      createWorkerClient({ workerUrl: "http://certitude.example.com", token: "ct_good" }, fetchMock).health(),
    ).rejects.toMatchObject({
      kind: "unreachable",
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await connectionItem.getValue()).toBeNull();
  });

  it("saves the connection when health and token are fine", async () => {
    const result = await connectToWorker("http://127.0.0.1:8791/", "ct_good", certitudeWorker("ct_good"));
    expect(result).toMatchObject({ ok: true, connection: { workerUrl: "http://127.0.0.1:8791", version: "0.1.0" } });
    expect(await connectionItem.getValue()).toMatchObject({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" });
  });

  it("says the token is bad when the Worker refuses it, and saves nothing", async () => {
    const result = await connectToWorker("http://127.0.0.1:8791", "ct_wrong", certitudeWorker("ct_good"));
    expect(result).toMatchObject({ ok: false, problem: "bad-token" });
    expect(await connectionItem.getValue()).toBeNull();
  });

  it("says the Worker is unreachable when nothing answers", async () => {
    const refused = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    expect(await connectToWorker("http://127.0.0.1:9", "ct_good", refused)).toMatchObject({
      ok: false,
      problem: "unreachable",
    });
  });

  it("says it is not a Certitude Worker when another server answers", async () => {
    const blog = (async () => new Response("<!doctype html><title>Blog</title>", { status: 404 })) as typeof fetch;
    expect(await connectToWorker("https://blog.example.com", "ct_good", blog)).toMatchObject({
      ok: false,
      problem: "not-certitude",
    });
    const otherApi = (async () => json({ status: "up" })) as typeof fetch;
    expect(await connectToWorker("https://api.example.com", "ct_good", otherApi)).toMatchObject({
      ok: false,
      problem: "not-certitude",
    });
  });

  it("rejects an empty URL or token before any request", async () => {
    const fetchMock = certitudeWorker("ct_good");
    expect(await connectToWorker("", "ct_good", fetchMock)).toMatchObject({ ok: false, problem: "invalid-url" });
    expect(await connectToWorker("http://127.0.0.1:8791", "  ", fetchMock)).toMatchObject({
      ok: false,
      problem: "missing-token",
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("drops the cache of a previous account, and disconnect forgets everything", async () => {
    await connectToWorker("http://127.0.0.1:8791", "ct_good", certitudeWorker("ct_good"));
    await certificateCacheItem.setValue({
      certificates: certificatePage().certificates,
      fetchedAt: "2026-11-21T07:00:00Z",
    });
    await connectToWorker("http://127.0.0.1:8791", "ct_other", certitudeWorker("ct_other"));
    expect(await certificateCacheItem.getValue()).toBeNull();
    await disconnect();
    expect(await connectionItem.getValue()).toBeNull();
  });
});
