import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { saveSettings } from "../db/settings";
import { runDaily } from "../../test/queues";

async function thresholdsSent(accountId: string, type: string): Promise<number[]> {
  const { results } = await env.DB.prepare(
    "SELECT json_extract(data, '$.threshold') AS t FROM alerts WHERE account_id = ?1 AND type = ?2 ORDER BY created_at",
  )
    .bind(accountId, type)
    .all<{ t: number }>();
  return results.map((r) => r.t);
}

const at = (iso: string) => new Date(iso);

it("alerts a renew certificate once per threshold across repeated runs, skipped days and a clock set back", async () => {
  const account = await createTestAccount();
  await insertCertificateRows(account.id, [
    {
      commonName: "www.kestrel-logistics.com",
      notAfter: "2026-12-15T00:00:00.000Z",
      intent: "renew",
      vendor: "DigiCert",
    },
  ]);
  const runs = [
    "2026-11-10T06:00:00Z", // 35 days: nothing yet
    "2026-11-15T06:00:00Z", // 30 → 30
    "2026-11-15T06:00:00Z", // the same run again
    "2026-11-16T06:00:00Z", // 29: still the 30-day threshold, already sent
    "2026-12-01T06:00:00Z", // 14 → 14
    "2026-12-12T06:00:00Z", // 3: the 7-day run was missed; only the tightest is due
    "2026-11-20T06:00:00Z", // clock set back to 25 days: nothing repeats
    "2026-12-14T06:00:00Z", // 1 → 1
    "2026-12-16T06:00:00Z", // expired: no more reminders
  ];
  for (const run of runs) await runDaily(at(run));
  expect(await thresholdsSent(account.id, "expiry-reminder")).toEqual([30, 14, 3, 1]);
  const first = await env.DB.prepare(
    "SELECT title, message FROM alerts WHERE account_id = ?1 ORDER BY created_at LIMIT 1",
  )
    .bind(account.id)
    .first<{ title: string; message: string }>();
  expect(first?.title).toBe("www.kestrel-logistics.com expires in 30 days (2026-12-15)");
  expect(first?.message).toContain("(DigiCert)");
});

it("asks to decide at 45 and 14 days for undecided certificates, then expired/overdue, and never alerts let-lapse ones", async () => {
  const account = await createTestAccount();
  await insertCertificateRows(account.id, [
    { commonName: "porto.kestrel-logistics.com", notAfter: "2027-02-11T00:00:00.000Z", intent: "undecided" },
    { commonName: "lyon.kestrel-logistics.com", notAfter: "2027-02-11T00:00:00.000Z", intent: "let-lapse" },
  ]);
  // Days before expiry at which the cron runs: around both thresholds, and past expiry.
  for (const daysLeft of [60, 46, 45, 44, 30, 15, 14, 13, 7, 1, 0, -3]) {
    await runDaily(new Date(Date.parse("2027-02-11T00:00:00Z") - daysLeft * 86_400_000 + 6 * 3_600_000));
  }
  expect(await thresholdsSent(account.id, "decide-now")).toEqual([45, 14]);
  const { results } = await env.DB.prepare(
    "SELECT type, c.common_name AS name FROM alerts a JOIN certificates c ON c.id = a.certificate_id WHERE a.account_id = ?1 ORDER BY a.created_at",
  )
    .bind(account.id)
    .all<{ type: string; name: string }>();
  expect(results.map((r) => `${r.type} ${r.name}`)).toEqual([
    "decide-now porto.kestrel-logistics.com",
    "decide-now porto.kestrel-logistics.com",
    "expired porto.kestrel-logistics.com",
    "overdue porto.kestrel-logistics.com",
  ]);
});

it("uses the account's own thresholds and starts afresh after renewal", async () => {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, {
    expiryThresholds: [60, 10],
    webhook: null,
    alertEmail: null,
    forwardTo: null,
  });
  const [id] = await insertCertificateRows(account.id, [
    { commonName: "milano.kestrel-logistics.it", notAfter: "2026-11-30T00:00:00.000Z", intent: "renew" },
  ]);
  await runDaily(at("2026-10-05T06:00:00Z")); // 56 days → 60
  await runDaily(at("2026-10-25T06:00:00Z")); // 36 days: the default 30 does not apply here
  await runDaily(at("2026-11-25T06:00:00Z")); // 5 → 10
  await env.DB.prepare("UPDATE certificates SET not_after = '2027-11-30T00:00:00.000Z' WHERE id = ?1").bind(id).run();
  await runDaily(at("2027-11-22T06:00:00Z")); // renewed certificate, 8 days → 10 again
  expect(await thresholdsSent(account.id, "expiry-reminder")).toEqual([60, 10, 10]);
});
