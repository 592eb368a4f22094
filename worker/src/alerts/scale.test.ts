import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { type CertificateRowInput, insertCertificateRows } from "../../test/certificate-rows";
import { countingDb, countingQueue } from "../../test/counting-db";
import type { Env } from "../env";
import { saveSettings } from "../db/settings";
import type { DeliveryMessage } from "../queues/messages";
import { runAccount } from "./run";

afterEach(() => vi.restoreAllMocks());

it("runs one account with 10 000 certificates within Workers' per-invocation limits", async () => {
  const account = await createTestAccount("Kestrel at scale");
  const now = new Date("2026-12-01T06:00:00Z");
  const intents = ["renew", "renew", "renew", "undecided", "let-lapse"] as const;
  const rows: CertificateRowInput[] = Array.from({ length: 10_000 }, (_, i) => ({
    commonName: `host-${i}.kestrel-logistics.com`,
    // Expiries spread evenly over the next 400 days, so every threshold window holds certificates.
    notAfter: new Date(now.getTime() + (i % 400) * 86_400_000 + 3_600_000).toISOString(),
    intent: intents[i % intents.length],
    vendor: "DigiCert",
  }));
  await insertCertificateRows(account.id, rows);
  await saveSettings(env.DB, account.id, {
    expiryThresholds: [30, 14, 7, 3, 1],
    channels: [{ type: "slack", url: "https://hooks.kestrel.example/scale", enabled: true }],
    forwardTo: null,
  });
  // CT search answers "nothing newer" for the few renewals the run may look up.
  vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json([]));

  const { db, counts } = countingDb(env.DB);
  const deliveries = countingQueue<DeliveryMessage>();
  const summary = await runAccount({ ...env, DB: db, DELIVERY_QUEUE: deliveries.queue } as Env, account.id, now);
  console.log(
    `account run over 10 000 certificates: ${summary.queued} alerts, ${counts.statements} D1 statements in ${counts.roundTrips} round trips, ${deliveries.messages.length} delivery messages`,
  );

  // Renew certificates 1..30 days out (every 5th of 400 days → 3 of 5 intents) and undecided ones 1..45 days out.
  const renew = rows.filter((r, i) => intents[i % 5] === "renew" && (i % 400) + 1 <= 30).length;
  const undecided = rows.filter((r, i) => intents[i % 5] === "undecided" && (i % 400) + 1 <= 45).length;
  expect(summary.queued).toBe(renew + undecided);
  // Workers allow 1 000 D1 queries per invocation; a delivery message carries up to 20 Slack alerts.
  expect(counts.statements).toBeLessThan(200);
  expect(deliveries.messages.reduce((n, m) => n + m.alertIds.length, 0)).toBe(Math.min(summary.queued, 500));
  expect(Math.max(...deliveries.messages.map((m) => m.alertIds.length))).toBeLessThanOrEqual(20);

  const again = await runAccount(env, account.id, now);
  expect(again.queued).toBe(0);
}, 60_000);
