import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { runDaily } from "../../test/queues";

afterEach(() => vi.restoreAllMocks());

async function issuedBy(ids: string[], issuerO: string, issuerCn: string): Promise<void> {
  for (const id of ids)
    await env.DB.prepare("UPDATE certificates SET issuer_o = ?2, issuer_cn = ?3 WHERE id = ?1")
      .bind(id, issuerO, issuerCn)
      .run();
}

async function distrustAlerts(accountId: string) {
  const { results } = await env.DB.prepare(
    "SELECT certificate_id, title, message, data, created_at FROM alerts WHERE account_id = ?1 AND type = 'distrust' ORDER BY created_at, dedupe_key",
  )
    .bind(accountId)
    .all<{ certificate_id: string; title: string; message: string; data: string; created_at: string }>();
  return results;
}

it("alerts renew and undecided certificates once per event, 90 days ahead, and never let-lapse ones", async () => {
  vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json([]));
  const account = await createTestAccount();
  const rows = ["shop", "intranet", "old"].map((name, i) => ({
    commonName: `${name}.kestrel-logistics.com`,
    notBefore: "2017-11-01T00:00:00.000Z",
    notAfter: "2019-11-01T00:00:00.000Z",
    intent: (["renew", "undecided", "let-lapse"] as const)[i],
    createdAt: "2017-11-02T00:00:00.000Z",
  }));
  const [renew, undecided, lapsing] = await insertCertificateRows(account.id, rows);
  await issuedBy([renew, undecided, lapsing], "GeoTrust Inc.", "RapidSSL SHA256 CA");
  for (const day of ["2018-07-17", "2018-07-18", "2018-07-26", "2018-08-20"]) await runDaily(`${day}T06:00:00Z`);

  const alerts = await distrustAlerts(account.id);
  const seen = alerts.map((a) => `${a.created_at.slice(0, 10)} ${JSON.parse(a.data).event} ${a.certificate_id}`).sort();
  expect(seen).toEqual(
    [
      `2018-07-18 symantec-chrome-70 ${renew}`,
      `2018-07-18 symantec-chrome-70 ${undecided}`,
      `2018-07-26 symantec-firefox-63 ${renew}`,
      `2018-07-26 symantec-firefox-63 ${undecided}`,
    ].sort(),
  );
  const chrome = alerts.find((a) => a.certificate_id === renew && a.message.includes("Chrome"))!;
  expect(chrome.title).toBe(
    "Chrome stops trusting on 16 Oct 2018 shop.kestrel-logistics.com (Symantec (GeoTrust, thawte, RapidSSL, VeriSign))",
  );
  expect(chrome.message).toContain(
    "Source: Google Security Blog, https://security.googleblog.com/2017/09/chromes-plan-to-distrust-symantec.html",
  );
  expect(alerts.some((a) => a.certificate_id === lapsing)).toBe(false);
});

it("alerts at once when the event is already in force, and only certificates issued after its date", async () => {
  vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json([]));
  const account = await createTestAccount();
  const [late, early] = await insertCertificateRows(account.id, [
    {
      commonName: "late.kestrel-logistics.com",
      notBefore: "2025-09-01T00:00:00.000Z",
      notAfter: "2026-09-01T00:00:00.000Z",
      intent: "renew",
      createdAt: "2025-09-02T00:00:00.000Z",
    },
    {
      commonName: "early.kestrel-logistics.com",
      notBefore: "2025-07-01T00:00:00.000Z",
      notAfter: "2026-07-01T00:00:00.000Z",
      intent: "renew",
      createdAt: "2025-09-02T00:00:00.000Z",
    },
  ]);
  await issuedBy([late, early], "Chunghwa Telecom Co., Ltd.", "HiPKI EV TLS CA - G1");
  for (const day of ["2025-10-01", "2025-10-02"]) await runDaily(`${day}T06:00:00Z`);

  const alerts = await distrustAlerts(account.id);
  expect(alerts.map((a) => [a.certificate_id, JSON.parse(a.data).event])).toEqual([[late, "chunghwa-chrome-139"]]);
  expect(alerts[0].title).toBe("Chrome no longer trusts late.kestrel-logistics.com (Chunghwa Telecom)");
});
