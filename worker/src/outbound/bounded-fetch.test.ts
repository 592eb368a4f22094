import { afterEach, describe, expect, it, vi } from "vitest";
import { floodPeer, routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { boundedFetch, outboundLimits, requestsLeft, withRequestBudget } from "./bounded-fetch";

afterEach(() => vi.restoreAllMocks());

const limits = { timeoutMs: 200, allowPrivate: false, maxBytes: 100_000 };

describe("boundedFetch", () => {
  it("returns the body of a successful answer", async () => {
    routeFetchToPeers({ "ca.test": () => new Response("hello", { headers: { "content-type": "text/plain" } }) });
    const result = await boundedFetch("http://ca.test/x", limits);
    expect(result).toMatchObject({ ok: true, status: 200, contentType: "text/plain" });
    if (result.ok) expect(new TextDecoder().decode(result.body)).toBe("hello");
  });

  it("gives up after the timeout instead of hanging", async () => {
    routeFetchToPeers({ "ca.test": silentPeer });
    const result = await boundedFetch("http://ca.test/slow", limits);
    expect(result).toMatchObject({ ok: false, kind: "timeout", detail: "ca.test did not answer within 200 ms" });
  });

  it("stops reading a stream once it passes the byte cap", async () => {
    routeFetchToPeers({ "ca.test": floodPeer(1_000_000) });
    const result = await boundedFetch("http://ca.test/big.crl", limits);
    expect(result).toMatchObject({ ok: false, kind: "too-large" });
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    routeFetchToPeers({ "ca.test": () => new Response("x".repeat(200_000)) });
    const result = await boundedFetch("http://ca.test/big.crl", limits);
    expect(result).toMatchObject({ ok: false, kind: "too-large" });
  });

  it("reports rate limiting with the server's Retry-After", async () => {
    routeFetchToPeers({ "crt.sh": () => new Response("slow down", { status: 429, headers: { "retry-after": "60" } }) });
    const result = await boundedFetch("https://crt.sh/?q=example.com", limits);
    expect(result).toMatchObject({ ok: false, kind: "rate-limited", retryAfter: "60" });
  });

  it("reports HTTP errors and unreachable hosts as values", async () => {
    routeFetchToPeers({ "ca.test": () => new Response("gone", { status: 404 }) });
    expect(await boundedFetch("http://ca.test/missing", limits)).toMatchObject({
      ok: false,
      kind: "http-status",
      status: 404,
    });
    expect(await boundedFetch("http://nowhere.test/", limits)).toEqual({
      ok: false,
      kind: "network",
      detail: "nowhere.test could not be reached",
    });
  });

  it("says the same about every connection failure, so that no port tells open from closed", async () => {
    const causes = [
      "connect ECONNREFUSED",
      "Network connection lost.",
      "connection reset by peer",
      "TLS handshake failed",
    ];
    const details = [];
    for (const cause of causes) {
      vi.spyOn(globalThis, "fetch").mockRejectedValueOnce(new TypeError(cause));
      details.push((await boundedFetch("http://ca.test:2375/", limits)) as { detail: string });
    }
    expect(new Set(details.map((d) => d.detail))).toEqual(new Set(["ca.test:2375 could not be reached"]));
  });

  it("refuses private targets before any request, and lets them through with OUTBOUND_ALLOW_PRIVATE", async () => {
    const spy = routeFetchToPeers({ "127.0.0.1:9999": () => new Response("local") });
    expect(await boundedFetch("http://2130706433:9999/ca.crl", limits)).toEqual({
      ok: false,
      kind: "refused",
      detail: "the request to 127.0.0.1:9999 was refused: 127.0.0.1 is a loopback address, not a public one",
    });
    expect(spy).not.toHaveBeenCalled();
    expect(await boundedFetch("http://127.0.0.1:9999/ca.crl", { ...limits, allowPrivate: true })).toMatchObject({
      ok: true,
      status: 200,
    });
  });

  it("reads the timeout from configuration with a safe default", () => {
    expect(outboundLimits({ OUTBOUND_TIMEOUT_MS: "2500" }).timeoutMs).toBe(2500);
    expect(outboundLimits({ OUTBOUND_TIMEOUT_MS: "soon" }).timeoutMs).toBe(10_000);
    expect(outboundLimits({}).timeoutMs).toBe(10_000);
    expect(outboundLimits({}).allowPrivate).toBe(false);
    expect(outboundLimits({ OUTBOUND_ALLOW_PRIVATE: "true" }).allowPrivate).toBe(true);
  });
});

describe("withRequestBudget", () => {
  it("lets a run make only so many requests, and says so after", async () => {
    const spy = routeFetchToPeers({ "ca.test": () => new Response("ok") });
    const results = await withRequestBudget(2, async () => {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await boundedFetch("http://ca.test/x", limits));
      return { answers, left: requestsLeft() };
    });
    expect(results.answers.map((a) => a.ok)).toEqual([true, true, false]);
    expect(results.answers[2]).toMatchObject({ kind: "budget" });
    expect(results.left).toBe(0);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(requestsLeft()).toBe(Number.POSITIVE_INFINITY);
  });

  it("spends nothing of the budget on a refused target", async () => {
    routeFetchToPeers({ "ca.test": () => new Response("ok") });
    const left = await withRequestBudget(1, async () => {
      await boundedFetch("http://10.0.0.1/ca.crl", limits);
      return requestsLeft();
    });
    expect(left).toBe(1);
  });
});
