import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509CrlReason } from "@peculiar/x509";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { caServer } from "../../test/peers/ca-server";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { checkRevocation } from "./check";

const DAY = 86_400_000;
let ca: TestCa;

beforeAll(async () => {
  ca = await createTestCa("OCSP GET Test CA", "ca.test");
});
afterEach(() => vi.restoreAllMocks());

async function askedWith(server: ReturnType<typeof caServer>) {
  const requests: { method: string; path: string }[] = [];
  routeFetchToPeers({
    "ca.test": (request) => {
      requests.push({ method: request.method, path: new URL(request.url).pathname });
      return server(request);
    },
  });
  return requests;
}

function check(pem: string) {
  return checkRevocation(
    {
      serialNumber: null,
      notAfter: new Date(Date.now() + 60 * DAY).toISOString(),
      pem,
      chainPem: ca.certificate.toString("pem"),
    },
    { db: env.DB, now: new Date(), outbound: { timeoutMs: 300, allowPrivate: false }, maxCrlBytes: 1_000_000 },
  );
}

describe("OCSP over GET (RFC 6960 appendix A.1)", () => {
  it("asks by GET with the url-encoded base64 request when it is small", async () => {
    const cert = await ca.issue({
      names: ["get.example.test"],
      withoutCrl: true,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 60 * DAY),
    });
    ca.revoke(cert.serialNumber, { revokedAt: new Date("2026-02-01T00:00:00Z"), reason: X509CrlReason.superseded });
    const requests = await askedWith(caServer(ca));
    expect(await check(cert.toString("pem"))).toMatchObject({
      status: "revoked",
      source: "ocsp",
      reason: "superseded",
    });
    const ocsp = requests.filter((r) => r.path.startsWith("/ocsp"));
    expect(ocsp).toHaveLength(1);
    expect(ocsp[0].method).toBe("GET");
    expect(ocsp[0].path).toMatch(/^\/ocsp\/[A-Za-z0-9%]+$/);
  });

  it("falls back to POST when the responder does not answer GET", async () => {
    const cert = await ca.issue({
      names: ["post.example.test"],
      withoutCrl: true,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 60 * DAY),
    });
    const requests = await askedWith(caServer(ca, { ocsp: { postOnly: true } }));
    expect(await check(cert.toString("pem"))).toMatchObject({ status: "good", source: "ocsp" });
    expect(requests.filter((r) => r.path.startsWith("/ocsp")).map((r) => r.method)).toEqual(["GET", "POST"]);
  });
});
