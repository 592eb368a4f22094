import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509CrlReason } from "@peculiar/x509";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestAccount, type TestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { CtSearchPeer } from "../../test/peers/ct-search";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { queueReminders } from "../alerts/reminders";
import { rowToCertificate } from "../db/certificate-rows";
import { getCertificateRow } from "../db/certificates";
import { runTruthChecks } from "./run";

const DAY = 86_400_000;
const now = new Date();
const at = (days: number) => new Date(now.getTime() + days * DAY);
let ca: TestCa;
let account: TestAccount;

beforeAll(async () => {
  ca = await createTestCa();
  account = await createTestAccount();
});
afterEach(() => vi.restoreAllMocks());

interface StoredAlert {
  type: string;
  title: string;
  message: string;
}

async function alertsOf(certificateId: string): Promise<StoredAlert[]> {
  const { results } = await env.DB.prepare("SELECT type, title, message FROM alerts WHERE certificate_id = ?1")
    .bind(certificateId)
    .all<{ type: string; title: string; message: string }>();
  return results;
}
async function certificateRow(id: string) {
  return env.DB.prepare("SELECT superseded_by, superseded_at, intent, vendor FROM certificates WHERE id = ?1")
    .bind(id)
    .first<{
      superseded_by: string | null;
      superseded_at: string | null;
      intent: string;
      vendor: string | null;
    }>();
}

describe("runTruthChecks", () => {
  it("finds renewals in CT: a renewed certificate is superseded, an unwanted renewal raises an alert", async () => {
    const peer = new CtSearchPeer();
    const shopNames = ["shop.wren.test", "www.shop.wren.test"];
    const oldShop = await ca.issue({ names: shopNames, notBefore: at(-340), notAfter: at(25) });
    const newShopWindow = { notBefore: at(-3), notAfter: at(87) };
    const lapseOld = await ca.issue({ names: ["promo.wren.test"], notBefore: at(-300), notAfter: at(10) });
    const lapseNew = await ca.issue({ names: ["promo.wren.test"], notBefore: at(-1), notAfter: at(89) });
    const other = await ca.issue({ names: ["shop.wren.test"], notBefore: at(-2), notAfter: at(88) }); // other name set: no successor
    const shopPre = await ca.issue({
      names: shopNames,
      serialNumber: "5eed0001",
      precertificate: true,
      ...newShopWindow,
    });
    const shopFinal = await ca.issue({ names: shopNames, serialNumber: "5eed0001", ...newShopWindow });
    peer.log(oldShop, lapseOld, lapseNew, other, shopPre, shopFinal);

    const shopId = await storeOwnedCertificate(account.id, oldShop, { intent: "renew", vendor: "Sectigo reseller" });
    const lapseId = await storeOwnedCertificate(account.id, lapseOld, { intent: "let-lapse", vendor: "Vendor X" });
    routeFetchToPeers({ "crt.sh": peer.handle, "ca.test": caServer(ca) });

    const summary = await runTruthChecks(env, now);
    expect(summary.ct).toMatchObject({ superseded: 1, unwantedRenewals: 1, failed: 0, rateLimited: false });

    const shop = await certificateRow(shopId);
    expect(shop?.superseded_by).toEqual(expect.any(String));
    const successor = await env.DB.prepare("SELECT serial_number, intent, vendor, pem FROM certificates WHERE id = ?1")
      .bind(shop!.superseded_by)
      .first<{ serial_number: string; intent: string; vendor: string; pem: string }>();
    expect(successor).toMatchObject({ serial_number: "5EED0001", intent: "renew", vendor: "Sectigo reseller" });
    const events = await env.DB.prepare("SELECT type FROM timeline_events WHERE certificate_id = ?1")
      .bind(shopId)
      .all<{ type: string }>();
    expect(events.results.map((e: { type: string }) => e.type)).toContain("superseded");

    // Superseded: reported as such, and the 30-day reminder it was due gets never queued.
    const row = await getCertificateRow(env.DB, account.id, shopId);
    expect(rowToCertificate(row!, now).status).toBe("superseded");
    await queueReminders(env.DB, account.id, { expiryThresholds: [30], overdueEveryDays: 3 }, now);
    expect((await alertsOf(shopId)).filter((a) => a.type === "expiry-reminder")).toEqual([]);

    expect(await certificateRow(lapseId)).toMatchObject({ superseded_by: null });
    const [unwanted] = await alertsOf(lapseId);
    expect(unwanted).toMatchObject({
      type: "unwanted-renewal",
      title: "promo.wren.test was renewed although you chose to let it lapse",
    });
    expect(unwanted.message).toContain("Check for an unwanted charge from Vendor X");

    // The next run, the same day: nothing is asked again, nothing is alerted twice.
    const before = peer.requests.length;
    await runTruthChecks(env, new Date(now.getTime() + 60_000));
    expect(peer.requests.length).toBe(before);
    expect(await alertsOf(lapseId)).toHaveLength(1);
  });

  it("waits for the final certificate when CT has only the successor's precertificate", async () => {
    const peer = new CtSearchPeer();
    const old = await ca.issue({ names: ["api.wren.test"], notBefore: at(-300), notAfter: at(15) });
    const pre = await ca.issue({ names: ["api.wren.test"], precertificate: true, notBefore: at(-1), notAfter: at(89) });
    peer.log(old, pre);
    const id = await storeOwnedCertificate(account.id, old, { intent: "renew" });
    routeFetchToPeers({ "crt.sh": peer.handle, "ca.test": caServer(ca) });
    const summary = await runTruthChecks(env, now);
    expect(summary.ct.pending).toBeGreaterThanOrEqual(1);
    expect(await certificateRow(id)).toMatchObject({ superseded_by: null });
  });

  it("re-checks renew certificates weekly and alerts when the CA revoked one", async () => {
    const cert = await ca.issue({ names: ["mail.wren.test"], notBefore: at(-100), notAfter: at(200) });
    ca.revoke(cert.serialNumber, { revokedAt: at(-2), reason: X509CrlReason.keyCompromise });
    const id = await storeOwnedCertificate(account.id, cert, { intent: "renew" });
    // The CRL cached by the first test predates this revocation; the CA's next CRL lists it.
    await env.DB.prepare("DELETE FROM crl_cache").run();
    const server = caServer(ca);
    routeFetchToPeers({ "ca.test": server, "crt.sh": new CtSearchPeer().handle });

    const summary = await runTruthChecks(env, now);
    expect(summary.revocation.revoked).toBeGreaterThanOrEqual(1);
    const [alert] = (await alertsOf(id)).filter((a) => a.type === "certificate-revoked");
    expect(alert).toMatchObject({ title: "mail.wren.test has been revoked by its CA" });
    expect(alert.message).toContain("reason: keyCompromise");

    const checks = async () =>
      (await env.DB.prepare("SELECT COUNT(*) AS n FROM revocation_checks WHERE certificate_id = ?1")
        .bind(id)
        .first<{ n: number }>())!.n;
    await runTruthChecks(env, at(3));
    expect(await checks()).toBe(1);
    await runTruthChecks(env, at(8));
    expect(await checks()).toBe(2);
    expect((await alertsOf(id)).filter((a) => a.type === "certificate-revoked")).toHaveLength(1);
  });

  it("stays within its request budget and starts no check it could not finish", async () => {
    const certs = await Promise.all(
      [1, 2, 3].map((n) => ca.issue({ names: [`b${n}.wren.test`], notBefore: at(-300), notAfter: at(20) })),
    );
    const ids = await Promise.all(certs.map((cert) => storeOwnedCertificate(account.id, cert, { intent: "renew" })));
    const spy = routeFetchToPeers({ "crt.sh": new CtSearchPeer().handle, "ca.test": caServer(ca) });
    const summary = await runTruthChecks({ ...env, TRUTH_CHECK_MAX_REQUESTS: "2" }, at(30 / 24));
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    expect(summary.budgetSpent).toBe(true);
    const checks = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM revocation_checks WHERE certificate_id IN (?1, ?2, ?3)",
    )
      .bind(...ids)
      .first<{ n: number }>();
    expect(checks?.n).toBe(0);
  });

  it("keeps going when CT rate-limits and a CA cannot be reached", async () => {
    const cert = await ca.issue({ names: ["edge.wren.test"], notBefore: at(-300), notAfter: at(20) });
    const id = await storeOwnedCertificate(account.id, cert, { intent: "renew" });
    routeFetchToPeers({ "crt.sh": () => new Response("Too Many Requests", { status: 429 }) });
    const summary = await runTruthChecks(env, at(9));
    expect(summary.ct).toMatchObject({ rateLimited: true });
    expect(summary.revocation.failed).toBe(0);
    const check = await env.DB.prepare("SELECT status, detail FROM revocation_checks WHERE certificate_id = ?1")
      .bind(id)
      .first<{ status: string; detail: string }>();
    expect(check).toMatchObject({ status: "unknown", detail: expect.stringContaining("could not be fetched") });
  });
});
