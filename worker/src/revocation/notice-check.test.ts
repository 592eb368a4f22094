import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509CrlReason } from "@peculiar/x509";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestAccount, type TestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { ingestNotice } from "../notices/ingest";
import fixture from "../../test/fixtures/notice-revoked-for-payment.eml?raw";

const DAY = 86_400_000;
const SERIAL = "0a1b2c3d4e";
let ca: TestCa;
let account: TestAccount;

beforeAll(async () => {
  ca = await createTestCa();
});
beforeEach(async () => {
  account = await createTestAccount();
  ca.revoked.clear();
  await env.DB.prepare("DELETE FROM crl_cache").run();
});
afterEach(() => vi.restoreAllMocks());

async function ownShop(notAfter: Date) {
  const cert = await ca.issue({
    names: ["shop.wren.test"],
    serialNumber: SERIAL,
    notBefore: new Date(Date.now() - 200 * DAY),
    notAfter,
  });
  return storeOwnedCertificate(account.id, cert, { intent: "let-lapse" });
}

function ingest() {
  return ingestNotice(env, { accountId: account.id, raw: fixture, source: "api", receivedAt: new Date(), store: true });
}

describe("a notice that claims revocation", () => {
  it("gets the CA's word that the certificate is not revoked, and is misleading", async () => {
    const id = await ownShop(new Date(Date.now() + 90 * DAY));
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const { assessment } = await ingest();
    expect(assessment.certificate).toBe(id);
    const reason = assessment.reasons.find((r) => r.code === "ca-says-not-revoked");
    expect(reason?.message).toMatch(
      /^The CA's CRL published \d+ \w{3} 20\d\d does not list serial 0A1B2C3D4E: the certificate is not revoked\.$/,
    );
    expect(reason?.facts).toMatchObject({ status: "good", source: "crl", serialNumber: "0A1B2C3D4E" });
    expect(assessment.misleading).toBe(true);
    const checks = await env.DB.prepare("SELECT status FROM revocation_checks WHERE certificate_id = ?1")
      .bind(id)
      .all();
    expect(checks.results).toEqual([{ status: "good" }]);
  });

  it("says so when the CA does list the certificate as revoked", async () => {
    await ownShop(new Date(Date.now() + 90 * DAY));
    ca.revoke(SERIAL, { revokedAt: new Date(Date.now() - DAY), reason: X509CrlReason.cessationOfOperation });
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const { assessment } = await ingest();
    expect(assessment.reasons.find((r) => r.code === "ca-confirms-revoked")?.facts).toMatchObject({
      status: "revoked",
      reason: "cessationOfOperation",
    });
  });

  it("still files the notice, with an unknown, when the CA cannot be reached", async () => {
    await ownShop(new Date(Date.now() + 90 * DAY));
    routeFetchToPeers({});
    const { assessment, created } = await ingest();
    expect(created).toBe(true);
    expect(assessment.reasons.find((r) => r.code === "revocation-status-unknown")?.message).toContain(
      "could not be fetched",
    );
  });

  it("asks nothing for a certificate past its validity", async () => {
    await ownShop(new Date(Date.now() - DAY));
    const fetchSpy = routeFetchToPeers({ "ca.test": caServer(ca) });
    const { assessment } = await ingest();
    expect(assessment.reasons.map((r) => r.code)).not.toContain("revocation-status-unknown");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
