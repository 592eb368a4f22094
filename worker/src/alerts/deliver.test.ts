import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { saveSettings } from "../db/settings";
import { runAlerts } from "./run";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./channels/json";

const SECRET = "whsec-kestrel-ops-0123456789";
const RUN = new Date("2026-12-01T06:00:00Z");
const NEXT_RUN = new Date("2026-12-02T06:00:00Z");

afterEach(() => vi.restoreAllMocks());

interface Received {
  url: string;
  headers: Headers;
  body: string;
}

/** The receiving end of the webhook: records each request and answers with the next status. */
function webhookReceiver(...answers: (number | Error)[]): Received[] {
  const received: Received[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push({ url: request.url, headers: request.headers, body: await request.text() });
    const answer = answers.shift() ?? 200;
    if (answer instanceof Error) throw answer;
    return new Response(answer === 204 ? null : "ok", { status: answer });
  });
  return received;
}

/** What a receiver does to trust a payload: recompute the HMAC with WebCrypto and compare. */
async function verifySignature(secret: string, headers: Headers, body: string): Promise<boolean> {
  const timestamp = headers.get(TIMESTAMP_HEADER) ?? "";
  const signature = (headers.get(SIGNATURE_HEADER) ?? "").replace(/^v1=/, "");
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const bytes = new Uint8Array(signature.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
  return crypto.subtle.verify("HMAC", key, bytes, new TextEncoder().encode(`${timestamp}.${body}`));
}

async function deliveries(accountId: string) {
  const { results } = await env.DB.prepare(
    "SELECT channel, status, attempts, last_error FROM alert_deliveries WHERE account_id = ?1 ORDER BY channel, attempts DESC",
  )
    .bind(accountId)
    .all();
  return results;
}

async function accountWithReminder(webhook: { url: string; format: "json" | "slack"; secret: string | null } | null, alertEmail: string | null = null) {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, { expiryThresholds: [30, 14, 7], webhook, alertEmail, forwardTo: null });
  await insertCertificateRows(account.id, [
    { commonName: "www.kestrel-logistics.com", notAfter: "2026-12-15T00:00:00.000Z", intent: "renew", vendor: "DigiCert" },
  ]);
  return account;
}

it("signs generic JSON webhooks with HMAC-SHA256 over timestamp and body", async () => {
  const account = await accountWithReminder({ url: "https://hooks.kestrel.example/certitude", format: "json", secret: SECRET });
  const received = webhookReceiver(200);
  await runAlerts(env, RUN);

  const [request, ...others] = received;
  expect(others).toEqual([]);
  expect(request.url).toBe("https://hooks.kestrel.example/certitude");
  expect(request.headers.get(TIMESTAMP_HEADER)).toBe(String(RUN.getTime() / 1000));
  expect(await verifySignature(SECRET, request.headers, request.body)).toBe(true);
  expect(await verifySignature(SECRET, request.headers, request.body.replace("14", "15"))).toBe(false);
  expect(await verifySignature("another-secret-of-16+", request.headers, request.body)).toBe(false);
  const payload = JSON.parse(request.body) as { accountId: string; alerts: { type: string; title: string }[] };
  expect(payload.accountId).toBe(account.id);
  expect(payload.alerts).toMatchObject([{ type: "expiry-reminder", title: "www.kestrel-logistics.com expires in 14 days (2026-12-15)" }]);
  expect(await deliveries(account.id)).toEqual([{ channel: "webhook", status: "delivered", attempts: 1, last_error: null }]);

  await runAlerts(env, NEXT_RUN);
  expect(received).toHaveLength(1);
});

it("records a failed webhook (HTTP 500, then a timeout) and delivers it on a later run", async () => {
  const account = await accountWithReminder({ url: "https://hooks.kestrel.example/down", format: "json", secret: SECRET });
  const received = webhookReceiver(500, new DOMException("The operation was aborted due to timeout", "TimeoutError"), 204);

  await runAlerts(env, RUN);
  expect(await deliveries(account.id)).toEqual([{ channel: "webhook", status: "failed", attempts: 1, last_error: "json webhook: hooks.kestrel.example answered HTTP 500" }]);
  await runAlerts(env, NEXT_RUN);
  expect(await deliveries(account.id)).toEqual([
    { channel: "webhook", status: "failed", attempts: 2, last_error: "json webhook: hooks.kestrel.example did not answer within 500 ms" },
  ]);
  await runAlerts(env, new Date("2026-12-03T06:00:00Z"));
  expect(await deliveries(account.id)).toEqual([{ channel: "webhook", status: "delivered", attempts: 3, last_error: null }]);
  const alertIds = received.filter((r) => r.url.endsWith("/down")).map((r) => (JSON.parse(r.body) as { alerts: { id: string }[] }).alerts.map((a) => a.id));
  expect(alertIds).toHaveLength(3);
  expect(new Set(alertIds.flat()).size).toBe(1);
});

it("gives up after the maximum attempts and says so on the timeline", async () => {
  const account = await accountWithReminder({ url: "https://hooks.kestrel.example/gone", format: "slack", secret: null });
  const received = webhookReceiver(...Array(20).fill(410));
  for (let day = 0; day < 10; day += 1) await runAlerts(env, new Date(RUN.getTime() + day * 86_400_000));
  expect(received.filter((r) => r.url.endsWith("/gone"))).toHaveLength(10);
  // The 14-day reminder is given up after 8 attempts; the 7-day one (raised on day 7) keeps trying.
  expect(await deliveries(account.id)).toEqual([
    { channel: "webhook", status: "abandoned", attempts: 8, last_error: "slack: hooks.kestrel.example answered HTTP 410" },
    { channel: "webhook", status: "failed", attempts: 3, last_error: "slack: hooks.kestrel.example answered HTTP 410" },
  ]);
  const event = await env.DB.prepare("SELECT type, summary FROM timeline_events WHERE account_id = ?1").bind(account.id).first<{ type: string; summary: string }>();
  expect(event?.type).toBe("alert-undeliverable");
  expect(event?.summary).toContain("after 8 attempts: slack: hooks.kestrel.example answered HTTP 410");
});

it("posts Slack-compatible text with vendor markup escaped", async () => {
  const account = await accountWithReminder({ url: "https://hooks.slack.example/services/T0/B0/x", format: "slack", secret: null });
  await env.DB.prepare("UPDATE certificates SET common_name = '<!channel> & co' WHERE account_id = ?1").bind(account.id).run();
  const received = webhookReceiver(200);
  await runAlerts(env, RUN);
  const slack = received.find((r) => r.url.startsWith("https://hooks.slack.example/"));
  if (!slack) throw new Error("no Slack request");
  const body = JSON.parse(slack.body) as { text: string };
  expect(Object.keys(body)).toEqual(["text"]);
  expect(body.text).toContain("*&lt;!channel&gt; &amp; co expires in 14 days (2026-12-15)*");
  expect(slack.headers.get(SIGNATURE_HEADER)).toBeNull();
});

it("emails alerts through the send_email binding and retries a failed send", async () => {
  const account = await accountWithReminder(null, "ops@kestrel-logistics.com");
  const send = vi.spyOn(env.ALERT_EMAIL, "send");
  send.mockRejectedValueOnce(new Error("destination address not verified"));
  await runAlerts(env, RUN);
  expect(await deliveries(account.id)).toEqual([
    { channel: "email", status: "failed", attempts: 1, last_error: "email not sent: destination address not verified" },
  ]);
  await runAlerts(env, NEXT_RUN);
  expect(await deliveries(account.id)).toEqual([{ channel: "email", status: "delivered", attempts: 2, last_error: null }]);
  const message = send.mock.calls[1][0] as EmailMessage;
  expect(message.from).toBe("alerts@certitude.example");
  expect(message.to).toBe("ops@kestrel-logistics.com");
});

it("refuses a webhook to a private or metadata target, even one stored before the rules, and its redirects", async () => {
  const metadata = await accountWithReminder({ url: "http://169.254.169.254/latest/meta-data/", format: "slack", secret: null });
  const internal = await accountWithReminder({ url: "https://hooks.kestrel.example/moved", format: "slack", secret: null });
  const received: string[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push(request.url);
    if (request.url === "https://hooks.kestrel.example/moved") return new Response(null, { status: 307, headers: { location: "https://0x0a000001/hook" } });
    return new Response("ok");
  });
  await runAlerts(env, RUN);
  expect(received.filter((url) => !url.startsWith("https://hooks.") || url.endsWith("/moved"))).toEqual(["https://hooks.kestrel.example/moved"]);
  expect(await deliveries(metadata.id)).toEqual([
    { channel: "webhook", status: "failed", attempts: 1, last_error: "webhook refused: it must use https" },
  ]);
  expect(await deliveries(internal.id)).toEqual([
    {
      channel: "webhook",
      status: "failed",
      attempts: 1,
      last_error: "webhook refused: it redirected to a refused target: 10.0.0.1 is a private network address, not a public one",
    },
  ]);
});

it("delivers to a receiver on loopback when OUTBOUND_ALLOW_PRIVATE is set (local development)", async () => {
  const account = await accountWithReminder({ url: "http://127.0.0.1:9000/hook", format: "slack", secret: null });
  const received = webhookReceiver(200);
  await runAlerts({ ...env, OUTBOUND_ALLOW_PRIVATE: "true" }, RUN);
  expect(received.map((r) => r.url)).toContain("http://127.0.0.1:9000/hook");
  expect(await deliveries(account.id)).toEqual([{ channel: "webhook", status: "delivered", attempts: 1, last_error: null }]);
});

it("says only that a webhook could not be reached, whatever the connection error", async () => {
  const account = await accountWithReminder({ url: "https://hooks.kestrel.example/closed", format: "slack", secret: null });
  webhookReceiver(new TypeError("connect ECONNREFUSED 203.0.113.9:2375"));
  await runAlerts(env, RUN);
  expect(await deliveries(account.id)).toEqual([{ channel: "webhook", status: "failed", attempts: 1, last_error: "webhook could not be reached" }]);
});
