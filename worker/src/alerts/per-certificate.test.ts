import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { api, createTestAccount, type TestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { runDaily } from "../../test/queues";

const json = { "content-type": "application/json" };

function patch(account: TestAccount, id: string, body: unknown) {
  return api(`/api/certificates/${id}`, {
    method: "PATCH",
    token: account.token,
    headers: json,
    body: JSON.stringify(body),
  });
}

async function alertsOf(accountId: string) {
  const { results } = await env.DB.prepare(
    "SELECT type, json_extract(data, '$.threshold') AS threshold FROM alerts WHERE account_id = ?1 AND certificate_id IS NOT NULL AND type != 'lifetime-cap' ORDER BY created_at",
  )
    .bind(accountId)
    .all<{ type: string; threshold: number | null }>();
  return results.map((r) => (r.threshold ? `${r.type} ${r.threshold}` : r.type));
}

it("reminds a certificate at its own thresholds instead of the account's", async () => {
  const account = await createTestAccount();
  const [id] = await insertCertificateRows(account.id, [
    { commonName: "erp.kestrel-logistics.com", notAfter: "2027-03-01T00:00:00.000Z", intent: "renew" },
  ]);
  const res = await patch(account, id, { alertThresholds: [5, 90, 90] });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { certificate: Record<string, unknown> }).certificate).toMatchObject({
    alertThresholds: [90, 5],
    muteUntil: null,
  });
  for (const day of ["2026-11-25", "2026-12-05", "2027-01-30", "2027-02-20", "2027-02-25"])
    await runDaily(new Date(`${day}T06:00:00Z`));
  // 96 days: nothing; 86: the own 90; the account's 30, 14 and 7 never apply; 4 days: the own 5.
  expect(await alertsOf(account.id)).toEqual(["expiry-reminder 90", "expiry-reminder 5"]);

  await patch(account, id, { alertThresholds: null });
  await runDaily(new Date("2027-02-28T06:00:00Z"));
  expect(await alertsOf(account.id)).toEqual(["expiry-reminder 90", "expiry-reminder 5", "expiry-reminder 1"]);
});

it("mutes a certificate until a date, then sends what is due by then", async () => {
  const account = await createTestAccount();
  const [id] = await insertCertificateRows(account.id, [
    { commonName: "legacy.kestrel-logistics.com", notAfter: "2026-12-20T00:00:00.000Z", intent: "renew" },
  ]);
  const res = await patch(account, id, { muteUntil: "2026-12-24" });
  expect(((await res.json()) as { certificate: { muteUntil: string } }).certificate.muteUntil).toBe(
    "2026-12-24T00:00:00.000Z",
  );
  for (const day of ["2026-11-21", "2026-12-06", "2026-12-19", "2026-12-20", "2026-12-23"])
    await runDaily(new Date(`${day}T06:00:00Z`));
  expect(await alertsOf(account.id)).toEqual([]);
  await runDaily(new Date("2026-12-24T06:00:00Z"));
  expect(await alertsOf(account.id)).toEqual(["overdue"]);

  await patch(account, id, { muteUntil: null });
  const row = await env.DB.prepare("SELECT mute_until FROM certificates WHERE id = ?1")
    .bind(id)
    .first<{ mute_until: string | null }>();
  expect(row?.mute_until).toBeNull();
});

it("names what is wrong with per-certificate alert fields", async () => {
  const account = await createTestAccount();
  const [id] = await insertCertificateRows(account.id, [
    { commonName: "x.kestrel-logistics.com", notAfter: "2027-01-01T00:00:00.000Z", intent: "renew" },
  ]);
  for (const [body, field] of [
    [{ alertThresholds: [0] }, "alertThresholds.0"],
    [{ alertThresholds: [] }, "alertThresholds"],
    [{ muteUntil: "next week" }, "muteUntil"],
  ] as const) {
    const res = await patch(account, id, body);
    expect(res.status, field).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(field);
  }
});
