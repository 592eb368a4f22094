import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CtSearchPeer } from "../../test/peers/ct-search";
import { routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { isPrecertificate } from "./candidate";
import { certSpotterProvider } from "./certspotter";
import { crtShProvider } from "./crtsh";
import { ctProvider } from "./provider";

const DAY = 86_400_000;
let ca: TestCa;
let peer: CtSearchPeer;
let finalSerial: string;

beforeAll(async () => {
  ca = await createTestCa();
  peer = new CtSearchPeer();
  const now = Date.now();
  const window = { notBefore: new Date(now - 10 * DAY), notAfter: new Date(now + 80 * DAY) };
  const names = ["shop.example.test", "www.shop.example.test"];
  const pre = await ca.issue({ names, serialNumber: "0a1b2c3d", precertificate: true, ...window });
  const final = await ca.issue({ names, serialNumber: "0a1b2c3d", ...window });
  finalSerial = final.serialNumber;
  const onlyPre = await ca.issue({
    names: ["api.example.test"],
    serialNumber: "7e7e7e7e",
    precertificate: true,
    ...window,
  });
  const apex = await ca.issue({ names: ["example.test"], serialNumber: "11223344", ...window });
  const expired = await ca.issue({
    names: ["old.example.test"],
    notBefore: new Date("2024-01-01"),
    notAfter: new Date("2025-01-01"),
  });
  peer.log(pre, final, onlyPre, apex, expired);
});
afterEach(() => vi.restoreAllMocks());

describe("crt.sh", () => {
  const crtsh = () => crtShProvider("https://crt.sh", { timeoutMs: 300, allowPrivate: false });

  it("merges a precertificate with its final certificate into one candidate", async () => {
    routeFetchToPeers({ "crt.sh": peer.handle });
    const result = await crtsh().search("example.test", true);
    if (!result.ok) throw new Error(result.detail);
    const shop = result.candidates.find((c) => c.names.includes("shop.example.test"));
    expect(shop).toMatchObject({
      serialNumber: "0A1B2C3D",
      entries: 2,
      names: ["shop.example.test", "www.shop.example.test"],
    });
    expect(result.candidates.map((c) => c.names[0]).sort()).toEqual([
      "api.example.test",
      "example.test",
      "shop.example.test",
    ]);
  });

  it("searches only the exact name without subdomains", async () => {
    routeFetchToPeers({ "crt.sh": peer.handle });
    const result = await crtsh().search("example.test", false);
    expect(result.ok && result.candidates.map((c) => c.names)).toEqual([["example.test"]]);
  });

  it("hands out the final certificate, never the precertificate", async () => {
    routeFetchToPeers({ "crt.sh": peer.handle });
    const provider = crtsh();
    const result = await provider.search("example.test", true);
    if (!result.ok) throw new Error(result.detail);
    const pem = await provider.fetchPem(result.candidates.find((c) => c.serialNumber === "0A1B2C3D")!);
    if (!pem.ok) throw new Error(pem.detail);
    const certificate = new X509Certificate(pem.pem);
    expect(isPrecertificate(certificate)).toBe(false);
    expect(certificate.serialNumber).toBe(finalSerial);
    const onlyPre = await provider.fetchPem(result.candidates.find((c) => c.serialNumber === "7E7E7E7E")!);
    expect(onlyPre).toEqual({
      ok: false,
      detail: "only the precertificate is logged; the final certificate is not in CT (yet)",
    });
  });

  it("reports rate limiting, timeouts and malformed answers as failures", async () => {
    routeFetchToPeers({ "crt.sh": () => new Response("Too Many Requests", { status: 429 }) });
    expect(await crtsh().search("example.test", true)).toMatchObject({ ok: false, kind: "rate-limited" });
    vi.restoreAllMocks();
    routeFetchToPeers({ "crt.sh": silentPeer });
    expect(await crtsh().search("example.test", true)).toMatchObject({ ok: false, kind: "timeout" });
    vi.restoreAllMocks();
    routeFetchToPeers({ "crt.sh": () => Response.json([{ id: "x" }]) });
    expect(await crtsh().search("example.test", true)).toMatchObject({ ok: false, kind: "malformed" });
  });
});

describe("Cert Spotter", () => {
  it("reads coalesced issuances across pages and hands out final certificates", async () => {
    routeFetchToPeers({ "api.certspotter.com": peer.handle });
    const provider = certSpotterProvider(
      "https://api.certspotter.com",
      { timeoutMs: 300, allowPrivate: false },
      "k-123",
    );
    const result = await provider.search("example.test", true);
    if (!result.ok) throw new Error(result.detail);
    expect(result.candidates.map((c) => c.serialNumber).sort()).toEqual(["0A1B2C3D", "11223344", "7E7E7E7E"]);
    const pem = await provider.fetchPem(result.candidates.find((c) => c.serialNumber === "0A1B2C3D")!);
    expect(pem.ok).toBe(true);
    const pre = await provider.fetchPem(result.candidates.find((c) => c.serialNumber === "7E7E7E7E")!);
    expect(pre.ok).toBe(false);
    expect(peer.requests.filter((r) => r.startsWith("/v1/issuances")).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a CT service that hands out another certificate than it listed", () => {
  it("is refused on the listed SHA-256 (Cert Spotter) and on the serial (crt.sh)", async () => {
    const liar = new CtSearchPeer();
    const window = { notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 60 * 86_400_000) };
    const listed = await ca.issue({ names: ["pay.liar.test"], serialNumber: "1f1f1f1f", ...window });
    // Same serial and dates, other content: only the fingerprint tells them apart.
    const forged = await ca.issue({ names: ["evil.liar.test"], serialNumber: "1f1f1f1f", ...window });
    const [id] = liar.log(listed);
    liar.substitute(id, forged);
    routeFetchToPeers({ "api.certspotter.com": liar.handle, "crt.sh": liar.handle });

    const spotter = certSpotterProvider("https://api.certspotter.com", { timeoutMs: 300, allowPrivate: false });
    const found = await spotter.search("liar.test", true);
    if (!found.ok) throw new Error(found.detail);
    const pem = await spotter.fetchPem(found.candidates[0]);
    expect(pem).toMatchObject({
      ok: false,
      detail: expect.stringMatching(
        /^the CT service handed out another certificate than the one it listed \(SHA-256 [0-9A-F]{64}, listed [0-9A-F]{64}\)/,
      ),
    });

    liar.substitute(id, await ca.issue({ names: ["pay.liar.test"], serialNumber: "2e2e2e2e", ...window }));
    const crtsh = crtShProvider("https://crt.sh", { timeoutMs: 300, allowPrivate: false });
    const listedByCrtSh = await crtsh.search("liar.test", true);
    if (!listedByCrtSh.ok) throw new Error(listedByCrtSh.detail);
    expect(await crtsh.fetchPem(listedByCrtSh.candidates[0])).toMatchObject({
      ok: false,
      detail: expect.stringContaining("(serial 2E2E2E2E, listed 1F1F1F1F)"),
    });
  });
});

describe("ctProvider", () => {
  it("uses crt.sh unless Cert Spotter is configured", () => {
    expect(ctProvider({}).name).toBe("crtsh");
    expect(ctProvider({ CT_PROVIDER: "certspotter", CERTSPOTTER_URL: "https://ct.example.test" }).name).toBe(
      "certspotter",
    );
  });
});
