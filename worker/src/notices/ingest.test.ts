import "reflect-metadata";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import fixture from "../../test/fixtures/notice-revoked-for-payment.eml?raw";
import { ingestNotice } from "./ingest";

const DAY = 86_400_000;
let ca: TestCa;

beforeAll(async () => {
  ca = await createTestCa();
});
afterEach(() => vi.restoreAllMocks());

/** An account owning the certificate the fixture claims was revoked (it is not). */
async function accountWithShop() {
  const account = await createTestAccount();
  const cert = await ca.issue({
    names: ["shop.wren.test"],
    serialNumber: "0a1b2c3d4e",
    notBefore: new Date(Date.now() - 200 * DAY),
    notAfter: new Date(Date.now() + 90 * DAY),
  });
  const id = await storeOwnedCertificate(account.id, cert, { intent: "renew" });
  await env.DB.prepare("DELETE FROM crl_cache").run();
  return { account, id };
}

/** Rows in every table of the database: what a request wrote, wherever it wrote it. */
async function allRows(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results)
    counts[name] = (await env.DB.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).first<{ n: number }>())?.n ?? 0;
  return counts;
}

function send(path: string, token: string) {
  return api(path, { method: "POST", token, headers: { "content-type": "message/rfc822" }, body: fixture });
}

describe("ingest: assess, de-duplicate, store, then ask the CA", () => {
  it("/api/classify without store writes nothing at all and asks no CA", async () => {
    const { account } = await accountWithShop();
    const fetchSpy = routeFetchToPeers({ "ca.test": caServer(ca) });
    const before = await allRows();
    const res = await send("/api/classify", account.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ notice: null, assessment: { kind: "payment" } });
    expect(await allRows()).toEqual(before);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("/api/notices asks the CA for a new notice and keeps its answer with the stored notice", async () => {
    const { account, id } = await accountWithShop();
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const res = await send("/api/notices", account.token);
    expect(res.status).toBe(201);
    const { notice } = (await res.json()) as { notice: { id: string; misleading: boolean } };
    expect(notice.misleading).toBe(true);
    const stored = (await (await api(`/api/notices/${notice.id}`, { token: account.token })).json()) as {
      notice: { misleading: boolean; assessment: { reasons: { code: string }[] } };
    };
    expect(stored.notice.misleading).toBe(true);
    expect(stored.notice.assessment.reasons.map((r) => r.code)).toContain("ca-says-not-revoked");
    const checks = await env.DB.prepare("SELECT COUNT(*) AS n FROM revocation_checks WHERE certificate_id = ?1")
      .bind(id)
      .first<{ n: number }>();
    expect(checks?.n).toBe(1);
  });

  it("/api/notices does not ask the CA again for a duplicate", async () => {
    const { account, id } = await accountWithShop();
    routeFetchToPeers({ "ca.test": caServer(ca) });
    expect((await send("/api/notices", account.token)).status).toBe(201);
    const fetchSpy = routeFetchToPeers({ "ca.test": caServer(ca) });
    fetchSpy.mockClear();
    const before = await allRows();
    const again = await send("/api/notices", account.token);
    expect(again.status).toBe(200);
    expect(
      ((await again.json()) as { assessment: { reasons: { code: string }[] } }).assessment.reasons.map((r) => r.code),
    ).toContain("ca-says-not-revoked");
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await allRows()).toEqual(before);
    const checks = await env.DB.prepare("SELECT COUNT(*) AS n FROM revocation_checks WHERE certificate_id = ?1")
      .bind(id)
      .first<{ n: number }>();
    expect(checks?.n).toBe(1);
  });

  it("reads the account's certificates once per notice, the CA check included", async () => {
    const { account } = await accountWithShop();
    routeFetchToPeers({ "ca.test": caServer(ca) });
    const reads: string[] = [];
    const DB = new Proxy(env.DB, {
      get(target, key) {
        if (key !== "prepare") return Reflect.get(target, key);
        return (sql: string) => {
          if (/^\s*SELECT[\s\S]*FROM certificates\b/i.test(sql)) reads.push(sql);
          return target.prepare(sql);
        };
      },
    });
    const result = await ingestNotice(
      { ...env, DB },
      { accountId: account.id, raw: fixture, source: "api", receivedAt: new Date(), store: true },
    );
    expect(result.assessment.reasons.map((r) => r.code)).toContain("ca-says-not-revoked");
    expect(reads).toHaveLength(1);
  });
});
