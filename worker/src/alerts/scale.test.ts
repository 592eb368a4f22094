import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { type CertificateRowInput, insertCertificateRows } from "../../test/certificate-rows";
import type { Env } from "../env";
import { saveSettings } from "../db/settings";
import { runAlerts } from "./run";

afterEach(() => vi.restoreAllMocks());

/** Counts what the cron asks of D1: statements (each one in a batch counts) and round trips. */
function countingDb(db: D1Database) {
  const counts = { statements: 0, roundTrips: 0 };
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, key) {
        if (key === "bind") return (...values: unknown[]) => wrapStatement(target.bind(...values));
        if (key === "first" || key === "all" || key === "run" || key === "raw") {
          return (...args: unknown[]) => {
            counts.statements += 1;
            counts.roundTrips += 1;
            return (target[key] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return Reflect.get(target, key);
      },
    });
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => wrapStatement(target.prepare(sql));
      if (key === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counts.statements += statements.length;
          counts.roundTrips += 1;
          return target.batch(statements);
        };
      }
      return Reflect.get(target, key);
    },
  });
  return { db: proxy, counts };
}

it("handles 10 000 certificates in one account within Workers' per-invocation limits", async () => {
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
    webhook: { url: "https://hooks.kestrel.example/scale", format: "slack", secret: null },
    alertEmail: null,
    forwardTo: null,
  });
  const posted: number[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    posted.push((JSON.parse(await new Request(input, init).text()) as { text: string }).text.split("\n\n").length);
    return new Response("ok");
  });

  const { db, counts } = countingDb(env.DB);
  const started = performance.now();
  const summary = await runAlerts({ ...env, DB: db } as Env, now);
  const elapsed = performance.now() - started;
  console.log(`cron over 10 000 certificates: ${summary.queued} alerts queued, ${counts.statements} D1 statements in ${counts.roundTrips} round trips, ${posted.length} webhook requests, ${elapsed.toFixed(0)} ms in local workerd`);

  // Renew certificates 1..30 days out (every 5th of 400 days → 3 of 5 intents) and undecided ones 1..45 days out.
  const renew = rows.filter((r, i) => intents[i % 5] === "renew" && (i % 400) + 1 <= 30).length;
  const undecided = rows.filter((r, i) => intents[i % 5] === "undecided" && (i % 400) + 1 <= 45).length;
  expect(summary.queued).toBe(renew + undecided);
  // Workers allow 1 000 D1 queries and 50 (free) subrequests per invocation.
  expect(counts.statements).toBeLessThan(200);
  expect(posted.length).toBeLessThanOrEqual(40);
  expect(posted.reduce((a, b) => a + b, 0)).toBe(Math.min(summary.queued, 40 * 20));

  const again = await runAlerts(env, now);
  expect(again.queued).toBe(0);
}, 60_000);
