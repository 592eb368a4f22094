import { afterEach, describe, expect, it, vi } from "vitest";
import { routeFetchToPeers } from "../../test/peers/network";
import { guardedFetch } from "./guarded-fetch";

afterEach(() => vi.restoreAllMocks());

const strict = { allowPrivate: false };
const redirectTo =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });

describe("guardedFetch", () => {
  it("never sends a request to a refused target", async () => {
    const spy = routeFetchToPeers({});
    expect(await guardedFetch("http://0x7f000001/", {}, strict)).toEqual({
      ok: false,
      reason: "127.0.0.1 is a loopback address, not a public one",
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it("follows a redirect to a public target, checking it first", async () => {
    routeFetchToPeers({
      "ca.test": redirectTo("http://mirror.test/moved.crl", 301),
      "mirror.test": () => new Response("x"),
    });
    const answer = await guardedFetch("http://ca.test/ca.crl", {}, strict);
    expect(answer.ok && (await answer.response.text())).toBe("x");
  });

  it("refuses a redirect to a private target, in any notation", async () => {
    for (const location of [
      "http://169.254.169.254/latest/meta-data/",
      "http://2130706433/",
      "http://[::ffff:10.0.0.1]/",
      "http://localhost/admin",
    ]) {
      const spy = routeFetchToPeers({ "ca.test": redirectTo(location) });
      const answer = await guardedFetch("http://ca.test/ca.crl", {}, strict);
      expect(answer.ok, location).toBe(false);
      if (!answer.ok) expect(answer.reason).toMatch(/^it redirected to a refused target: /);
      expect(spy).toHaveBeenCalledTimes(1);
      vi.restoreAllMocks();
    }
  });

  it("gives up after three redirects", async () => {
    const spy = routeFetchToPeers({
      "ca.test": (request) => redirectTo(`/hop${new URL(request.url).pathname.length}`)(),
    });
    expect(await guardedFetch("http://ca.test/", {}, strict)).toEqual({
      ok: false,
      reason: "it redirected more than 3 times",
    });
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it("keeps a POST through 307, turns it into a GET after 303, and drops credentials across origins", async () => {
    const seen: { url: string; method: string; auth: string | null; body: string }[] = [];
    const record = async (request: Request) => {
      seen.push({
        url: request.url,
        method: request.method,
        auth: request.headers.get("authorization"),
        body: await request.text(),
      });
      return null;
    };
    routeFetchToPeers({
      "a.test": async (r) =>
        (await record(r)) ??
        (new URL(r.url).pathname === "/next" ? redirectTo("http://b.test/last", 303)() : redirectTo("/next", 307)()),
      "b.test": async (r) => (await record(r)) ?? new Response("done"),
    });
    const answer = await guardedFetch(
      "http://a.test/first",
      { method: "POST", body: "payload", headers: { authorization: "Bearer k" } },
      strict,
    );
    expect(answer.ok).toBe(true);
    expect(seen).toEqual([
      { url: "http://a.test/first", method: "POST", auth: "Bearer k", body: "payload" },
      { url: "http://a.test/next", method: "POST", auth: "Bearer k", body: "payload" },
      { url: "http://b.test/last", method: "GET", auth: null, body: "" },
    ]);
  });

  it("reaches a peer on loopback when OUTBOUND_ALLOW_PRIVATE is set", async () => {
    routeFetchToPeers({ "127.0.0.1:8787": () => new Response("local CA") });
    const answer = await guardedFetch("http://127.0.0.1:8787/ca.crl", {}, { allowPrivate: true });
    expect(answer.ok && (await answer.response.text())).toBe("local CA");
    expect((await guardedFetch("http://127.0.0.1:8787/ca.crl", {}, strict)).ok).toBe(false);
  });
});
