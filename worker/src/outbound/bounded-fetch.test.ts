import { afterEach, describe, expect, it, vi } from "vitest";
import { floodPeer, routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { boundedFetch, outboundLimits, requestsLeft, withRequestBudget } from "./bounded-fetch";

afterEach(() => vi.restoreAllMocks());

const limits = { timeoutMs: 200, maxBytes: 100_000 };

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
    expect(await boundedFetch("http://ca.test/missing", limits)).toMatchObject({ ok: false, kind: "http-status", status: 404 });
    expect(await boundedFetch("http://nowhere.test/", limits)).toMatchObject({ ok: false, kind: "network" });
  });

  it("reads the timeout from configuration with a safe default", () => {
    expect(outboundLimits({ OUTBOUND_TIMEOUT_MS: "2500" }).timeoutMs).toBe(2500);
    expect(outboundLimits({ OUTBOUND_TIMEOUT_MS: "soon" }).timeoutMs).toBe(10_000);
    expect(outboundLimits({}).timeoutMs).toBe(10_000);
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
});
