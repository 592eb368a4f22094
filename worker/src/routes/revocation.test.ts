import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509CrlReason } from "@peculiar/x509";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api, createTestAccount, type TestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";

const DAY = 86_400_000;
let ca: TestCa;
let account: TestAccount;

beforeAll(async () => {
  ca = await createTestCa();
  account = await createTestAccount();
});
afterEach(() => vi.restoreAllMocks());

const window = () => ({ notBefore: new Date(Date.now() - 20 * DAY), notAfter: new Date(Date.now() + 70 * DAY) });

describe("POST /api/certificates/:id/revocation-check", () => {
  it("answers revoked from the CA's CRL, stores the check and puts it on the timeline", async () => {
    const cert = await ca.issue({ names: ["pay.example.test"], ...window() });
    ca.revoke(cert.serialNumber, {
      revokedAt: new Date("2026-03-03T08:00:00Z"),
      reason: X509CrlReason.cessationOfOperation,
    });
    const id = await storeOwnedCertificate(account.id, cert, {
      intent: "renew",
      chainPem: ca.certificate.toString("pem"),
    });
    routeFetchToPeers({ "ca.test": caServer(ca) });

    const res = await api(`/api/certificates/${id}/revocation-check`, { method: "POST", token: account.token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body).toMatchObject({
      status: "revoked",
      source: "crl",
      revokedAt: "2026-03-03T08:00:00.000Z",
      reason: "cessationOfOperation",
    });
    expect(Date.parse(body.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(body.detail).toContain("lists serial");

    const history = (await (
      await api(`/api/certificates/${id}/revocation-checks`, { token: account.token })
    ).json()) as { checks: unknown[] };
    expect(history.checks).toHaveLength(1);
    const timeline = (await (await api(`/api/certificates/${id}/timeline`, { token: account.token })).json()) as {
      timeline: { type: string; summary: string }[];
    };
    expect(timeline.timeline).toContainEqual(
      expect.objectContaining({
        type: "revocation-check",
        summary: expect.stringContaining("lists this certificate as revoked"),
      }),
    );
    const row = await env.DB.prepare("SELECT revocation_checked_at FROM certificates WHERE id = ?1")
      .bind(id)
      .first<{ revocation_checked_at: string }>();
    expect(row?.revocation_checked_at).toBe(body.checkedAt);
  });

  it("answers unknown with the reason when the CA does not answer in time", async () => {
    const cert = await ca.issue({ names: ["slow.example.test"], withoutOcsp: true, ...window() });
    const id = await storeOwnedCertificate(account.id, cert);
    await env.DB.prepare("DELETE FROM crl_cache").run();
    routeFetchToPeers({
      "ca.test": (request) => (request.url.endsWith(".crl") ? silentPeer(request) : caServer(ca)(request)),
    });
    const res = await api(`/api/certificates/${id}/revocation-check`, { method: "POST", token: account.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "unknown",
      source: "crl",
      detail: expect.stringContaining("did not answer within 500 ms"),
    });
  });

  it("answers unknown after notAfter: the certificate simply expired", async () => {
    const cert = await ca.issue({
      names: ["old.example.test"],
      notBefore: new Date("2024-01-01"),
      notAfter: new Date("2025-02-01"),
    });
    const id = await storeOwnedCertificate(account.id, cert);
    const res = await api(`/api/certificates/${id}/revocation-check`, { method: "POST", token: account.token });
    expect(await res.json()).toMatchObject({ status: "unknown", detail: expect.stringContaining("simply expired") });
  });

  it("does not check another account's certificate", async () => {
    const other = await createTestAccount("Other BV");
    const cert = await ca.issue({ names: ["theirs.example.test"], ...window() });
    const id = await storeOwnedCertificate(other.id, cert);
    const res = await api(`/api/certificates/${id}/revocation-check`, { method: "POST", token: account.token });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("revocation routes in the API", () => {
  it("explains what is missing for a manual record without PEM", async () => {
    const [id] = await insertCertificateRows(account.id, [
      { commonName: "manual.example.test", notAfter: new Date(Date.now() + 40 * DAY).toISOString(), intent: "renew" },
    ]);
    const res = await api(`/api/certificates/${id}/revocation-check`, { method: "POST", token: account.token });
    expect(await res.json()).toMatchObject({
      status: "unknown",
      detail: "The certificate's serial number is unknown: upload its PEM to check revocation.",
    });
  });

  it("are described in the OpenAPI document", async () => {
    const doc = (await (await api("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/certificates/{id}/revocation-check",
        "/api/certificates/{id}/revocation-checks",
        "/api/discover",
        "/api/discover/import",
      ]),
    );
  });
});
