import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { runDaily } from "../../test/queues";

afterEach(() => vi.restoreAllMocks());

it("warns each manually renewed renew certificate once, 90 days ahead of each step", async () => {
  vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json([]));
  const account = await createTestAccount();
  const [manual, automated, lapsing] = await insertCertificateRows(account.id, [
    { commonName: "portal.kestrel-logistics.com", notAfter: "2027-09-01T00:00:00.000Z", intent: "renew" },
    { commonName: "acme.kestrel-logistics.com", notAfter: "2027-09-01T00:00:00.000Z", intent: "renew" },
    { commonName: "old.kestrel-logistics.com", notAfter: "2027-09-01T00:00:00.000Z", intent: "let-lapse" },
  ]);
  await env.DB.prepare("UPDATE certificates SET auto_renew = 1 WHERE id = ?1").bind(automated).run();
  for (const day of ["2026-12-01", "2026-12-15", "2026-12-16", "2027-01-20", "2027-03-16"])
    await runDaily(`${day}T06:00:00Z`);
  const { results } = await env.DB.prepare(
    "SELECT certificate_id, title, message, created_at FROM alerts WHERE account_id = ?1 AND type = 'lifetime-cap'",
  )
    .bind(account.id)
    .all<{ certificate_id: string; title: string; message: string; created_at: string }>();
  expect(results.map((r) => [r.certificate_id, r.created_at.slice(0, 10)])).toEqual([[manual, "2026-12-15"]]);
  expect(results[0].title).toBe(
    "From 15 Mar 2027 portal.kestrel-logistics.com can last 100 days: renew 4 times a year, or automate",
  );
  expect(results[0].message).toContain(
    "From 15 Mar 2027 this certificate can last 100 days: renew 4 times a year, or automate",
  );
  expect(lapsing).toBeTruthy();

  const answer = await api(`/api/certificates/${manual}`, { token: account.token });
  const { certificate } = (await answer.json()) as {
    certificate: { manualRenewal: { renewalsPerYear: number; upcoming: { from: string }[] } };
  };
  expect(certificate.manualRenewal.upcoming.map((u) => u.from)).toContain("2029-03-15");
});
