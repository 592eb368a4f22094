import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { enqueueAlert } from "./enqueue";

it("queues an alert once per account and dedupe key", async () => {
  await env.DB.prepare(
    "INSERT INTO accounts (id, name, created_at) VALUES ('acc-q', 'Q', '2026-01-01T00:00:00Z'), ('acc-r', 'R', '2026-01-01T00:00:00Z')",
  ).run();
  const alert = {
    accountId: "acc-q",
    certificateId: "cert-1",
    type: "expiry-reminder",
    dedupeKey: "expiry:cert-1:2026-04-01:14",
    title: "shop.example expires in 14 days",
    message: "Renew it.",
    data: { days: 14 },
  };
  const first = await enqueueAlert(env.DB, alert);
  const again = await enqueueAlert(env.DB, { ...alert, title: "changed" });
  const otherAccount = await enqueueAlert(env.DB, { ...alert, accountId: "acc-r" });

  expect(first.created).toBe(true);
  expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(again).toEqual({ id: null, created: false });
  expect(otherAccount.created).toBe(true);
  const rows = await env.DB.prepare("SELECT account_id, title, data FROM alerts ORDER BY account_id").all();
  expect(rows.results).toEqual([
    { account_id: "acc-q", title: "shop.example expires in 14 days", data: '{"days":14}' },
    { account_id: "acc-r", title: "shop.example expires in 14 days", data: '{"days":14}' },
  ]);
});
