import { env } from "cloudflare:workers";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import misleading from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import { createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { createKestrelAccount } from "../../test/kestrel";
import { captureQueues, runDaily } from "../../test/queues";
import worker from "../index";
import { ingestNotice } from "../notices/ingest";
import { QUEUES } from "../queues/messages";

// The account runs also do the truth checks, which would ask CT logs on the internet: offline here.
beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network is unreachable in tests"));
});

const cron = (at: string) => runDaily(at);

async function alertsOf(accountId: string, type: string) {
  const { results } = await env.DB.prepare(
    "SELECT title, message, data FROM alerts WHERE account_id = ?1 AND type = ?2 ORDER BY created_at",
  )
    .bind(accountId, type)
    .all<{ title: string; message: string; data: string }>();
  return results;
}

describe("scheduled() (daily Cron Trigger)", () => {
  it("queues expiry reminders through the exported handler", async () => {
    const account = await createTestAccount();
    await insertCertificateRows(account.id, [
      { commonName: "mail.kestrel-logistics.nl", notAfter: "2026-12-14T00:00:00.000Z", intent: "renew" },
    ]);
    await cron("2026-12-07T06:00:00Z");
    await cron("2026-12-07T06:00:00Z");
    expect((await alertsOf(account.id, "expiry-reminder")).map((a) => a.title)).toEqual([
      "mail.kestrel-logistics.nl expires in 7 days (2026-12-14)",
    ]);
  });

  it("mentions a let-lapse certificate once in the weekly digest after it lapsed, with the week's vendor pressure", async () => {
    const account = await createKestrelAccount();
    // Lyon (k04, let-lapse) expired on Friday 2026-03-20; GoDaddy's misleading notice arrived that week.
    await ingestNotice(env, {
      accountId: account.id,
      raw: misleading,
      source: "api",
      receivedAt: new Date("2026-03-18T09:00:00Z"),
      store: true,
    });
    // Runs through three weeks: the lapse week, the Monday after (digest), later days and Mondays.
    for (const day of ["03-16", "03-18", "03-20", "03-22", "03-23", "03-24", "03-30", "04-06"])
      await cron(`2026-${day}T06:00:00Z`);

    const digests = await alertsOf(account.id, "weekly-digest");
    const mentioning = digests.filter((d) => d.message.includes("lyon.kestrel-logistics.com"));
    expect(mentioning).toHaveLength(1);
    expect(mentioning[0].title).toBe("Certitude weekly digest, 2026-03-16 to 2026-03-22");
    expect(mentioning[0].message).toContain("- lyon.kestrel-logistics.com, expired 2026-03-20");
    expect(mentioning[0].message).toContain("- GoDaddy: 1");
    // The runs of March raised no reminder (the import itself alerts at once, at today's date).
    const marchReminders = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM alerts WHERE account_id = ?1 AND type = 'expiry-reminder' AND created_at < '2026-04-07'",
    )
      .bind(account.id)
      .first<{ n: number }>();
    expect(marchReminders?.n).toBe(0);
    const lapseAlerts = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM alerts WHERE account_id = ?1 AND certificate_id = ?2",
    )
      .bind(account.id, account.ids.k04)
      .first<{ n: number }>();
    expect(lapseAlerts?.n).toBe(0);
  });

  it("only enqueues the first page of the account walk; the queue fans out one run per account", async () => {
    const queues = captureQueues();
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date("2026-12-07T06:00:00Z"), cron: "0 6 * * *" }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(queues.pending.map((p) => p.body)).toEqual([
      { kind: "accounts-page", runAt: "2026-12-07T06:00:00.000Z", after: "" },
    ]);
    const log = await queues.drain();
    queues.restore();
    const { n } = (await env.DB.prepare("SELECT COUNT(*) AS n FROM accounts").first<{ n: number }>())!;
    // One page per 100 accounts (plus the empty last one when the count is a multiple), one run per account.
    expect(log.sent[QUEUES.accounts]).toBe(1 + Math.floor(n / 100) + n);
  });
});
