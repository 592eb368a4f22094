// npm run bench:scale — what the daily run costs at 100 000 accounts × 100 certificates, counted
// per invocation (D1 statements, queue messages), and that no invocation grows with the number of
// accounts: the same figures are measured with 1 000 and with 100 000 accounts in D1.
import { env } from "cloudflare:workers";
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { expect, it, vi } from "vitest";
import { countingDb, countingQueue } from "../test/counting-db";
import type { Env } from "../src/env";
import worker from "../src/index";
import { type AccountsQueueMessage, type DeliveryMessage, QUEUES } from "../src/queues/messages";

const RUN_AT = new Date("2026-12-01T06:00:00Z");
const CERTIFICATES_PER_ACCOUNT = 100;
/** Every 500th account gets its 100 certificates in D1 (enough to measure; 10 million rows would not fit the bench). */
const SAMPLE_EVERY = 500;

interface Invocation {
  statements: number;
  messages: number;
}

function stats(list: Invocation[]) {
  const max = (k: keyof Invocation) => Math.max(0, ...list.map((i) => i[k]));
  const mean = (k: keyof Invocation) => list.reduce((n, i) => n + i[k], 0) / Math.max(1, list.length);
  return {
    invocations: list.length,
    maxStatements: max("statements"),
    meanStatements: mean("statements"),
    maxMessages: max("messages"),
    meanMessages: mean("messages"),
  };
}

async function addAccounts(from: number, to: number) {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
     INSERT INTO accounts (id, name, created_at) SELECT printf('bench-%06d', i), 'Bench ' || i, '2026-01-01T00:00:00Z' FROM n`,
  )
    .bind(from, to)
    .run();
  // The sampled accounts: 100 certificates each (expiries spread over 400 days, 3/5 renew,
  // 1/5 undecided, 1/5 let-lapse) and one Slack channel.
  await env.DB.prepare(
    `WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < ?3 - 1)
     INSERT INTO certificates (id, account_id, common_name, sans, not_after, intent, created_at, updated_at)
     SELECT a.id || '-' || j, a.id, 'host-' || j || '.' || a.id || '.example', '["host-' || j || '.' || a.id || '.example"]',
            strftime('%Y-%m-%dT%H:%M:%fZ', ?4, '+' || ((j * 4) % 400) || ' days', '+1 hours'),
            CASE j % 5 WHEN 3 THEN 'undecided' WHEN 4 THEN 'let-lapse' ELSE 'renew' END, ?4, ?4
     FROM accounts a, c WHERE a.id BETWEEN printf('bench-%06d', ?1) AND printf('bench-%06d', ?2)
       AND CAST(substr(a.id, 7) AS INTEGER) % ?5 = 0`,
  )
    .bind(from, to, CERTIFICATES_PER_ACCOUNT, RUN_AT.toISOString(), SAMPLE_EVERY)
    .run();
  await env.DB.prepare(
    `INSERT INTO account_settings (account_id, channels, updated_at)
     SELECT id, '[{"id":"slack","type":"slack","enabled":true,"url":"https://hooks.bench.example/x"}]', ?3 FROM accounts
     WHERE id BETWEEN printf('bench-%06d', ?1) AND printf('bench-%06d', ?2) AND CAST(substr(id, 7) AS INTEGER) % ?4 = 0`,
  )
    .bind(from, to, RUN_AT.toISOString(), SAMPLE_EVERY)
    .run();
}

/** One consumer invocation with a batch of `bodies`, counted. */
async function consume<T>(queue: string, bodies: T[]) {
  const { db, counts } = countingDb(env.DB);
  const accounts = countingQueue<AccountsQueueMessage>();
  const deliveries = countingQueue<DeliveryMessage>();
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: RUN_AT, attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(
    batch,
    { ...env, DB: db, ACCOUNT_QUEUE: accounts.queue, DELIVERY_QUEUE: deliveries.queue } as Env,
    ctx,
  );
  const result = await getQueueResult(batch, ctx);
  if (result.retryMessages.length) throw new Error(`${queue}: ${result.retryMessages.length} messages retried`);
  const invocation = { statements: counts.statements, messages: accounts.messages.length + deliveries.messages.length };
  return { invocation, accounts: accounts.messages, deliveries: deliveries.messages };
}

/** The whole daily run over the accounts in D1, every invocation counted. */
async function measure(accountCount: number) {
  const { db, counts } = countingDb(env.DB);
  const first = countingQueue<AccountsQueueMessage>();
  await worker.scheduled(
    createScheduledController({ scheduledTime: RUN_AT, cron: "0 6 * * *" }),
    { ...env, DB: db, ACCOUNT_QUEUE: first.queue } as Env,
    createExecutionContext(),
  );
  const cron: Invocation = { statements: counts.statements, messages: first.messages.length };

  const pages: Invocation[] = [];
  const runs: string[] = [];
  let page = first.messages[0];
  while (page) {
    const out = await consume(QUEUES.accounts, [page]);
    pages.push(out.invocation);
    runs.push(...out.accounts.flatMap((m) => (m.kind === "account-run" ? [m.accountId] : [])));
    page = out.accounts.find((m) => m.kind === "accounts-page") as AccountsQueueMessage;
  }
  expect(runs).toHaveLength(accountCount);

  // Account runs: every sampled account (100 certificates) and as many without certificates.
  const sampled = runs.filter((id) => Number(id.slice(6)) % SAMPLE_EVERY === 0);
  const empty = runs.filter((id) => Number(id.slice(6)) % SAMPLE_EVERY === 1).slice(0, sampled.length);
  const withCertificates: Invocation[] = [];
  const deliveryMessages: DeliveryMessage[] = [];
  for (const accountId of sampled) {
    const out = await consume(QUEUES.accounts, [{ kind: "account-run", runAt: RUN_AT.toISOString(), accountId }]);
    withCertificates.push(out.invocation);
    deliveryMessages.push(...out.deliveries);
  }
  const withoutCertificates: Invocation[] = [];
  for (const accountId of empty)
    withoutCertificates.push(
      (await consume(QUEUES.accounts, [{ kind: "account-run", runAt: RUN_AT.toISOString(), accountId }])).invocation,
    );
  const deliveries: Invocation[] = [];
  // Per message of a batch of 10 (the consumer's max_batch_size), so batches of 2 and 10 compare.
  for (let i = 0; i < deliveryMessages.length; i += 10) {
    const bodies = deliveryMessages.slice(i, i + 10);
    const { invocation } = await consume(QUEUES.deliveries, bodies);
    deliveries.push({
      statements: invocation.statements / bodies.length,
      messages: invocation.messages / bodies.length,
    });
  }
  return {
    cron,
    pages: stats(pages),
    accountRuns: stats(withCertificates),
    emptyAccountRuns: stats(withoutCertificates),
    deliveries: stats(deliveries),
    deliveryMessagesPerAccount: deliveryMessages.length / Math.max(1, sampled.length),
  };
}

it("scales to 100 000 accounts × 100 certificates with constant work per invocation", async () => {
  // The consumer's per-message log lines would drown the figures.
  vi.spyOn(console, "log").mockImplementation(() => {});
  // CT answers "nothing newer" and the Slack webhook accepts: the run does all its work.
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input) =>
    new URL(input instanceof Request ? input.url : String(input)).hostname === "hooks.bench.example"
      ? new Response("ok")
      : Response.json([]),
  );
  await addAccounts(1, 1_000);
  const small = await measure(1_000);
  await env.DB.prepare("DELETE FROM alerts").run();
  await env.DB.prepare("UPDATE certificates SET ct_checked_at = NULL").run();
  await addAccounts(1_001, 100_000);
  const large = await measure(100_000);

  const row = (name: string, a: ReturnType<typeof stats>, b: ReturnType<typeof stats>) =>
    `${name.padEnd(34)} ${String(a.maxStatements).padStart(6)} ${String(b.maxStatements).padStart(8)} ${String(a.maxMessages).padStart(10)} ${String(b.maxMessages).padStart(10)}  (mean ${b.meanStatements.toFixed(1)} statements over ${b.invocations} measured at 100k)`;
  const accounts = 100_000;
  const perAccount =
    large.accountRuns.meanStatements + large.deliveries.meanStatements * large.deliveryMessagesPerAccount;
  console.info(
    [
      "",
      "Per invocation, most D1 statements and queue messages sent (1 000 accounts vs 100 000 accounts):",
      `${"".padEnd(34)} ${"D1@1k".padStart(6)} ${"D1@100k".padStart(8)} ${"msgs@1k".padStart(10)} ${"msgs@100k".padStart(10)}`,
      `${"cron (scheduled)".padEnd(34)} ${String(small.cron.statements).padStart(6)} ${String(large.cron.statements).padStart(8)} ${String(small.cron.messages).padStart(10)} ${String(large.cron.messages).padStart(10)}`,
      row("accounts page (100 accounts)", small.pages, large.pages),
      row("account run, 100 certificates", small.accountRuns, large.accountRuns),
      row("account run, no certificates", small.emptyAccountRuns, large.emptyAccountRuns),
      row("delivery, per message", small.deliveries, large.deliveries),
      "",
      `At ${accounts.toLocaleString("en")} accounts × ${CERTIFICATES_PER_ACCOUNT} certificates (first run, every account like the sampled ones):`,
      `  ${large.pages.invocations.toLocaleString("en")} page invocations + ${accounts.toLocaleString("en")} account-run invocations; queue messages ≈ ${(large.pages.invocations + accounts + large.deliveryMessagesPerAccount * accounts).toLocaleString("en")}`,
      `  per account: ${perAccount.toFixed(1)} D1 statements (run + deliveries), ${(1 + large.deliveryMessagesPerAccount).toFixed(1)} queue messages; total ≈ ${Math.round(perAccount * accounts).toLocaleString("en")} D1 statements`,
      "",
    ].join("\n"),
  );
  expect(large.cron).toEqual(small.cron);
  expect(large.pages.maxStatements).toBe(small.pages.maxStatements);
  expect(large.pages.maxMessages).toBe(small.pages.maxMessages);
  expect(large.accountRuns.maxStatements).toBe(small.accountRuns.maxStatements);
  expect(large.deliveries.maxStatements).toBe(small.deliveries.maxStatements);
}, 900_000);
