import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509CrlReason } from "@peculiar/x509";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { caServer } from "../../test/peers/ca-server";
import { floodPeer, routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { createTestCa, strangerKeys, type IssueOptions, type TestCa } from "../../test/peers/test-ca";
import { checkRevocation } from "./check";

const DAY = 86_400_000;
let ca: TestCa;
let otherCa: TestCa;

beforeAll(async () => {
  ca = await createTestCa();
  otherCa = await createTestCa("Other Test CA", "other-ca.test");
});
beforeEach(async () => {
  // Each test serves its own CRL; a CRL cached by an earlier test would answer instead.
  await env.DB.batch([env.DB.prepare("DELETE FROM crl_cache"), env.DB.prepare("DELETE FROM crl_cache_chunks")]);
});
afterEach(() => vi.restoreAllMocks());

async function leaf(options: Partial<IssueOptions> = {}) {
  const now = Date.now();
  return ca.issue({
    names: ["www.example.test"],
    notBefore: new Date(now - 30 * DAY),
    notAfter: new Date(now + 60 * DAY),
    ...options,
  });
}

function check(
  pem: string,
  options: { chainPem?: string; maxCrlBytes?: number; now?: Date; allowPrivate?: boolean } = {},
) {
  return checkRevocation(
    { serialNumber: null, notAfter: new Date(Date.now() + 60 * DAY).toISOString(), pem, chainPem: options.chainPem },
    {
      db: env.DB,
      now: options.now ?? new Date(),
      outbound: { timeoutMs: 300, allowPrivate: options.allowPrivate ?? false },
      maxCrlBytes: options.maxCrlBytes ?? 1_000_000,
    },
  );
}

describe("revocation over CRL", () => {
  it("says good when the signed CRL does not list the serial, with the issuer fetched from the CA-issuers URL", async () => {
    const cert = await leaf();
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "good", source: "crl", url: ca.crlUrl });
    expect(verdict.detail).toMatch(
      /^The CA's CRL published \d+ \w{3} \d{4} does not list serial [0-9A-F]+: the certificate is not revoked\.$/,
    );
  });

  it("says whose signature it could not check when the issuer certificate cannot be found", async () => {
    const lost = await createTestCa("Lost Test CA", "lost-ca.test");
    const cert = await lost.issue({
      names: ["www.example.test"],
      withoutOcsp: true,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 60 * DAY),
    });
    const server = caServer(lost);
    routeFetchToPeers({
      "lost-ca.test": (request) =>
        request.url.endsWith("/ca.cer") ? new Response("gone", { status: 410 }) : server(request),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "good", source: "crl" });
    expect(verdict.detail).toContain("its signature could not be checked: the issuer certificate is unknown");
  });

  it("says revoked with the date and reason the CRL gives, using the uploaded chain", async () => {
    const cert = await leaf();
    ca.revoke(cert.serialNumber, { revokedAt: new Date("2026-03-03T10:00:00Z"), reason: X509CrlReason.keyCompromise });
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const verdict = await check(cert.toString("pem"), { chainPem: ca.certificate.toString("pem") });
    expect(verdict).toMatchObject({
      status: "revoked",
      source: "crl",
      revokedAt: "2026-03-03T10:00:00.000Z",
      reason: "keyCompromise",
    });
    expect(verdict.detail).toContain("as revoked on 3 Mar 2026 (reason: keyCompromise)");
  });

  it("fetches a CA's CRL once and reuses it until nextUpdate", async () => {
    const server = caServer(ca);
    routeFetchToPeers({ "ca.test": server });
    await check((await leaf()).toString("pem"));
    await check((await leaf()).toString("pem"));
    expect(server.crlDownloads).toBe(1);
    // The peer's CRLs carry nextUpdate = thisUpdate + 7 days: a week later the cache is spent.
    await check((await leaf()).toString("pem"), { now: new Date(Date.now() + 8 * DAY) });
    expect(server.crlDownloads).toBe(2);
  });

  it("answers unknown for an expired certificate: CAs drop expired certificates from their CRLs", async () => {
    const cert = await leaf({ notBefore: new Date("2024-01-01"), notAfter: new Date("2025-01-01") });
    const fetchSpy = routeFetchToPeers({ "ca.test": caServer(ca) });
    const verdict = await checkRevocation(
      { serialNumber: cert.serialNumber, notAfter: "2025-01-01T00:00:00Z", pem: cert.toString("pem") },
      { db: env.DB, now: new Date(), outbound: { timeoutMs: 300, allowPrivate: false }, maxCrlBytes: 1_000_000 },
    );
    expect(verdict.status).toBe("unknown");
    expect(verdict.detail).toContain("expired on 1 Jan 2025");
    expect(verdict.detail).toContain("CAs drop expired certificates from their CRLs");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("rejects a CRL whose signature does not verify against the issuer", async () => {
    const forger = await strangerKeys();
    const cert = await leaf({ withoutOcsp: true });
    const now = new Date();
    routeFetchToPeers({
      "ca.test": caServer(ca, {
        crl: () =>
          ca.signCrl({ thisUpdate: now, nextUpdate: new Date(now.getTime() + DAY), signingKey: forger.privateKey }),
      }),
    });
    const verdict = await check(cert.toString("pem"), { chainPem: ca.certificate.toString("pem") });
    expect(verdict.status).toBe("unknown");
    expect(verdict.detail).toContain("signature that does not verify");
    const cached = await env.DB.prepare("SELECT COUNT(*) AS n FROM crl_cache").first<{ n: number }>();
    expect(cached?.n).toBe(0);
  });

  it("does not trust a CRL past its nextUpdate", async () => {
    const cert = await leaf({ withoutOcsp: true });
    routeFetchToPeers({
      "ca.test": caServer(ca, {
        crl: () =>
          ca.signCrl({ thisUpdate: new Date(Date.now() - 10 * DAY), nextUpdate: new Date(Date.now() - 3 * DAY) }),
      }),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict.status).toBe("unknown");
    expect(verdict.detail).toContain("is stale");
  });

  it("says so when a CRL is larger than the configured limit", async () => {
    const cert = await leaf({ withoutOcsp: true });
    routeFetchToPeers({
      "ca.test": (request) => (request.url.endsWith(".crl") ? floodPeer(2_000_000)(request) : caServer(ca)(request)),
    });
    const verdict = await check(cert.toString("pem"), { maxCrlBytes: 1_000_000 });
    expect(verdict).toMatchObject({ status: "unknown", source: "crl" });
    expect(verdict.detail).toContain("is larger than the 1.0 MB accepted (CRL_MAX_BYTES)");
  });

  it("turns a malformed CRL into a clear unknown", async () => {
    const cert = await leaf({ withoutOcsp: true });
    routeFetchToPeers({
      "ca.test": (request) =>
        request.url.endsWith(".crl") ? new Response("<html>maintenance</html>") : caServer(ca)(request),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "unknown" });
    expect(verdict.detail).toContain("is not a CRL");
  });
});

describe("revocation URLs taken from the certificate", () => {
  const soon = () => ({
    names: ["www.example.test"],
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 60 * DAY),
  });

  it("are never requested when they point to a private target, and the detail names no port", async () => {
    for (const host of [
      "127.0.0.1:6379",
      "0x7f000001:22",
      "169.254.169.254",
      "[::ffff:10.0.0.1]:5432",
      "localhost:8080",
    ]) {
      const inside = await createTestCa("Inside CA", host);
      const spy = routeFetchToPeers({});
      const verdict = await check((await inside.issue(soon())).toString("pem"));
      expect(spy, host).not.toHaveBeenCalled();
      expect(verdict.status).toBe("unknown");
      expect(verdict.detail).toContain("was refused:");
      expect(verdict.detail).not.toMatch(/could not be reached|did not answer/);
      vi.restoreAllMocks();
    }
  });

  it("fail with one neutral sentence whatever the connection error", async () => {
    const details = [];
    for (const cause of ["connect ECONNREFUSED", "Network connection lost.", "connection reset by peer"]) {
      vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError(cause));
      details.push((await check((await leaf({ withoutOcsp: true })).toString("pem"))).detail);
      vi.restoreAllMocks();
    }
    expect(new Set(details).size).toBe(1);
    expect(details[0]).toContain("ca.test could not be reached");
  });

  it("reach a CA served on loopback when OUTBOUND_ALLOW_PRIVATE is set", async () => {
    const local = await createTestCa("Local CA", "127.0.0.1:8788");
    routeFetchToPeers({ "127.0.0.1:8788": caServer(local) });
    const verdict = await check((await local.issue(soon())).toString("pem"), { allowPrivate: true });
    expect(verdict).toMatchObject({ status: "good", source: "crl", url: "http://127.0.0.1:8788/crl/ca.crl" });
  });
});

describe("revocation over OCSP", () => {
  it("falls back to OCSP when the CRL server times out", async () => {
    const cert = await leaf();
    const server = caServer(ca);
    routeFetchToPeers({
      "ca.test": (request) => (request.url.endsWith(".crl") ? silentPeer(request) : server(request)),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "good", source: "ocsp", url: ca.ocspUrl });
  });

  it("reads revoked with time and reason from a response signed by the issuer", async () => {
    const cert = await leaf({ withoutCrl: true });
    ca.revoke(cert.serialNumber, { revokedAt: new Date("2026-02-01T00:00:00Z"), reason: X509CrlReason.superseded });
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({
      status: "revoked",
      source: "ocsp",
      revokedAt: "2026-02-01T00:00:00.000Z",
      reason: "superseded",
    });
  });

  it("accepts a delegated responder with id-kp-OCSPSigning issued by the CA", async () => {
    const cert = await leaf({ withoutCrl: true });
    const delegate = await ca.issueOcspResponder();
    routeFetchToPeers({ "ca.test": caServer(ca, { ocsp: { delegate } }) });
    expect(await check(cert.toString("pem"))).toMatchObject({ status: "good", source: "ocsp" });
  });

  it("rejects an OCSP answer signed by someone else", async () => {
    const cert = await leaf({ withoutCrl: true });
    routeFetchToPeers({ "ca.test": caServer(ca, { ocsp: { forgeWith: (await strangerKeys()).privateKey } }) });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "unknown", source: "ocsp" });
    expect(verdict.detail).toContain("cannot be trusted");
  });

  it("rejects a delegated responder the issuer never certified", async () => {
    const cert = await leaf({ withoutCrl: true });
    const impostor = await otherCa.issueOcspResponder();
    routeFetchToPeers({ "ca.test": caServer(ca, { ocsp: { delegate: impostor } }) });
    expect(await check(cert.toString("pem"))).toMatchObject({ status: "unknown", source: "ocsp" });
  });

  it("passes on the responder's unknown for a certificate it does not know", async () => {
    const cert = await leaf({ withoutCrl: true });
    // The other CA's responder answers for a CertID naming an issuer that is not its own.
    routeFetchToPeers({
      "ca.test": (request) =>
        new URL(request.url).pathname.startsWith("/ocsp") ? caServer(otherCa)(request) : caServer(ca)(request),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict).toMatchObject({ status: "unknown", source: "ocsp" });
  });

  it("treats a stale OCSP answer as unknown", async () => {
    const cert = await leaf({ withoutCrl: true });
    const old = new Date(Date.now() - 10 * DAY);
    routeFetchToPeers({
      "ca.test": caServer(ca, { ocsp: { thisUpdate: old, nextUpdate: new Date(old.getTime() + DAY) } }),
    });
    const verdict = await check(cert.toString("pem"));
    expect(verdict.detail).toContain("is stale");
  });
});

describe.each(["RSA", "P-384"] as const)("a CA signing with %s", (keyType) => {
  it("has its CRL and OCSP answers verified", async () => {
    const other = await createTestCa(`Test CA ${keyType}`, `${keyType.toLowerCase()}-ca.test`, keyType);
    const window = { notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 60 * DAY) };
    const revoked = await other.issue({ names: ["a.example.test"], withoutOcsp: true, ...window });
    other.revoke(revoked.serialNumber, { revokedAt: new Date("2026-05-05T00:00:00Z") });
    const viaOcsp = await other.issue({ names: ["b.example.test"], withoutCrl: true, ...window });
    routeFetchToPeers({ [other.host]: caServer(other) });
    const chainPem = other.certificate.toString("pem");
    expect(await check(revoked.toString("pem"), { chainPem })).toMatchObject({
      status: "revoked",
      source: "crl",
      revokedAt: "2026-05-05T00:00:00.000Z",
    });
    expect(await check(viaOcsp.toString("pem"), { chainPem })).toMatchObject({ status: "good", source: "ocsp" });
  });
});
