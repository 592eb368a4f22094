import "reflect-metadata";
import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { CtSearchPeer } from "../../test/peers/ct-search";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa } from "../../test/peers/test-ca";
import { runDaily } from "../../test/queues";
import { QUEUES } from "../queues/messages";

afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
/** Sorts before every random UUID: the cron, which walks accounts in id order, meets it first. */
const POISONED = "00000000-0000-4000-8000-000000000000";

/** An account whose every alert and revocation check fails to be written, and whose `sans` is unreadable. */
async function poisonAccount(certificateId: string) {
  await env.DB.batch([
    env.DB.prepare(`UPDATE certificates SET sans = 'not json' WHERE id = ?1`).bind(certificateId),
    env.DB.prepare(
      `CREATE TRIGGER poisoned_alerts BEFORE INSERT ON alerts WHEN NEW.account_id = '${POISONED}'
       BEGIN SELECT RAISE(ABORT, 'poisoned account'); END`,
    ),
    env.DB.prepare(
      `CREATE TRIGGER poisoned_checks BEFORE INSERT ON revocation_checks WHEN NEW.account_id = '${POISONED}'
       BEGIN SELECT RAISE(ABORT, 'poisoned account'); END`,
    ),
  ]);
}

it("an account whose processing throws is logged by id; the accounts after it (also on later pages) are still alerted and truth-checked", async () => {
  const ca = await createTestCa();
  const now = Date.now();
  const window = { notBefore: new Date(now - 50 * DAY), notAfter: new Date(now + 6 * DAY + 3_600_000) };
  await env.DB.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, 'Poisoned BV', '2026-01-01T00:00:00Z')")
    .bind(POISONED)
    .run();
  // Enough accounts between the poisoned one and the healthy one to put them on different pages.
  const fillers = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`);
  await env.DB.batch(
    fillers.map((id) =>
      env.DB.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, 'Filler', '2026-01-01T00:00:00Z')").bind(
        id,
      ),
    ),
  );
  const healthy = await createTestAccount("Healthy BV");
  const poisonedCert = await storeOwnedCertificate(
    POISONED,
    await ca.issue({ names: ["poison.wren.test"], ...window }),
    { intent: "renew" },
  );
  const healthyCert = await storeOwnedCertificate(
    healthy.id,
    await ca.issue({ names: ["healthy.wren.test"], ...window }),
    { intent: "renew" },
  );
  await poisonAccount(poisonedCert);
  routeFetchToPeers({ "ca.test": caServer(ca), "crt.sh": new CtSearchPeer().handle });
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);

  // The poisoned account's run fails and is retried by the queue (then dead-lettered); every
  // other account had its own run.
  const log = await runDaily(new Date(now));
  expect(log.retries.filter((r) => r.queue === QUEUES.accounts)).toHaveLength(4);

  const alerts = await env.DB.prepare("SELECT type FROM alerts WHERE account_id = ?1")
    .bind(healthy.id)
    .all<{ type: string }>();
  expect(alerts.results.map((a) => a.type)).toContain("expiry-reminder");
  const checks = await env.DB.prepare("SELECT status FROM revocation_checks WHERE certificate_id = ?1")
    .bind(healthyCert)
    .all();
  expect(checks.results).toEqual([{ status: "good" }]);
  const ctChecked = await env.DB.prepare("SELECT ct_checked_at FROM certificates WHERE id = ?1")
    .bind(healthyCert)
    .first<{ ct_checked_at: string | null }>();
  expect(ctChecked?.ct_checked_at).not.toBeNull();
  const logged = errors.mock.calls.map((call) => call.join(" "));
  expect(logged.some((line) => line.includes(`account ${POISONED}`) && line.startsWith("alerts"))).toBe(true);
  expect(logged.some((line) => line.includes(POISONED) && line.includes("revocation"))).toBe(true);
});
