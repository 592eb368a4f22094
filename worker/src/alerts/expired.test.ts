import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { certs } from "../../test/certs";
import { insertCertificateRows } from "../../test/certificate-rows";
import { addManualRecord, daysFromNow } from "../../test/manual-records";
import { saveSettings } from "../db/settings";
import { runDaily } from "../../test/queues";

afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
const EXPIRY = Date.parse("2026-12-10T00:00:00Z");
/** The daily run `days` after the expiry date (06:00 UTC). */
const runAt = (days: number) => new Date(EXPIRY + days * DAY + 6 * 3_600_000);

async function certificateAlerts(accountId: string) {
  const { results } = await env.DB.prepare(
    "SELECT type, title, data FROM alerts WHERE account_id = ?1 AND certificate_id IS NOT NULL AND type != 'lifetime-cap' ORDER BY created_at, type",
  )
    .bind(accountId)
    .all<{ type: string; title: string; data: string }>();
  return results;
}

it("alerts a renew certificate on the day it expires, then as overdue every 3 days, and delivers it", async () => {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, {
    expiryThresholds: [7],
    webhook: { url: "https://hooks.kestrel.example/expired", format: "slack", secret: null },
    alertEmail: null,
    forwardTo: null,
  });
  await insertCertificateRows(account.id, [
    { commonName: "pay.kestrel-logistics.com", notAfter: new Date(EXPIRY).toISOString(), intent: "renew" },
  ]);
  const posted: string[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    posted.push(await new Request(input, init).text());
    return new Response("ok");
  });
  for (const day of [-1, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 12]) await runDaily(runAt(day));

  const alerts = await certificateAlerts(account.id);
  expect(alerts.map((a) => `${a.type}: ${a.title}`)).toEqual([
    "expiry-reminder: pay.kestrel-logistics.com expires in 1 day (2026-12-10)",
    "expired: pay.kestrel-logistics.com expired on 2026-12-10",
    "overdue: Overdue: pay.kestrel-logistics.com expired 3 days ago (2026-12-10)",
    "overdue: Overdue: pay.kestrel-logistics.com expired 6 days ago (2026-12-10)",
    // Day 12 is step 4: the missed day-9 step is not sent late.
    "overdue: Overdue: pay.kestrel-logistics.com expired 12 days ago (2026-12-10)",
  ]);
  expect(JSON.parse(alerts[1].data)).toMatchObject({
    daysLeft: 0,
    intent: "renew",
    notAfter: "2026-12-10T00:00:00.000Z",
  });
  expect(posted.some((body) => body.includes("expired on 2026-12-10"))).toBe(true);
  const delivered = await env.DB.prepare(
    "SELECT COUNT(*) AS n FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id WHERE d.account_id = ?1 AND d.status = 'delivered' AND a.certificate_id IS NOT NULL",
  )
    .bind(account.id)
    .first<{ n: number }>();
  expect(delivered?.n).toBe(5);
});

it("follows the account's overdue interval and keeps reminding until a fewer-than-a-day-left certificate is dealt with", async () => {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, {
    expiryThresholds: [14],
    overdueEveryDays: 7,
    webhook: null,
    alertEmail: null,
    forwardTo: null,
  });
  await insertCertificateRows(account.id, [
    { commonName: "vpn.kestrel-logistics.com", notAfter: new Date(EXPIRY).toISOString(), intent: "renew" },
  ]);
  // Six hours before expiry the 14-day reminder (never sent) is still due.
  await runDaily(new Date(EXPIRY - 6 * 3_600_000));
  for (const day of [0, 3, 6, 7, 13, 14]) await runDaily(runAt(day));
  expect((await certificateAlerts(account.id)).map((a) => a.type)).toEqual([
    "expiry-reminder",
    "expired",
    "overdue",
    "overdue",
  ]);
});

it("names overdue certificates in every weekly digest until one is let lapse and another renewed by an upload", async () => {
  const account = await createTestAccount();
  const expired = daysFromNow(-20);
  const [gone, renewed] = await insertCertificateRows(account.id, [
    { commonName: "old-shop.kestrel-logistics.com", notAfter: expired, intent: "renew" },
    { commonName: "api.kestrel-logistics.com", notAfter: expired, intent: "undecided" },
  ]);
  const digest = async (at: Date) => {
    await runDaily(at);
    const row = await env.DB.prepare(
      "SELECT message FROM alerts WHERE account_id = ?1 AND type = 'weekly-digest' AND created_at = ?2",
    )
      .bind(account.id, at.toISOString())
      .first<{ message: string }>();
    return row?.message ?? "";
  };
  const first = await digest(new Date());
  expect(first).toContain("Expired and not renewed (overdue):");
  expect(first).toContain(`- old-shop.kestrel-logistics.com, expired ${expired.slice(0, 10)}, renew`);
  expect(first).toContain(`- api.kestrel-logistics.com, expired ${expired.slice(0, 10)}, undecided`);

  const patch = await api(`/api/certificates/${gone}`, {
    method: "PATCH",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ intent: "let-lapse" }),
  });
  expect(patch.status).toBe(200);
  const successor = await addManualRecord(account, {
    commonName: "api.kestrel-logistics.com",
    notAfter: daysFromNow(90),
    intent: "renew",
  });
  const row = await env.DB.prepare("SELECT superseded_by FROM certificates WHERE id = ?1")
    .bind(renewed)
    .first<{ superseded_by: string }>();
  expect(row?.superseded_by).toBe(successor.id);

  const before = (await certificateAlerts(account.id)).length;
  expect(await digest(new Date(Date.now() + 7 * DAY))).not.toContain("Expired and not renewed");
  expect((await certificateAlerts(account.id)).length).toBe(before);
});

it("alerts an uploaded certificate that is already expired once, at once", async () => {
  const account = await createTestAccount();
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ pem: certs.expired, intent: "renew" }),
  });
  expect(res.status).toBe(201);
  const soon = await addManualRecord(account, {
    commonName: "edge.kestrel-logistics.com",
    notAfter: daysFromNow(10),
    intent: "renew",
  });
  expect(soon.status).toBe("expiring");
  const now = await certificateAlerts(account.id);
  expect(now.map((a) => a.title)).toEqual([
    expect.stringMatching(/^Overdue: old\.example\.com expired \d+ days ago \(2020-01-01\)$/),
    "edge.kestrel-logistics.com expires in 10 days (" + soon.notAfter.slice(0, 10) + ")",
  ]);
  await runDaily(new Date());
  expect(await certificateAlerts(account.id)).toHaveLength(2);
});
