import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { daysFromNow } from "../../test/manual-records";
import { failingReceiver, signedJsonReceiver, slackReceiver } from "../../test/peers/alert-receivers";
import { type PeerHandler, routeFetchToPeers } from "../../test/peers/network";
import { captureQueues, runDaily } from "../../test/queues";
import { saveSettings, type SettingsToSave } from "../db/settings";
import { type DeliveryMessage, QUEUES } from "../queues/messages";
import { deliverMessage } from "./deliver";
import { runAccount } from "./run";
import { SIGNATURE_HEADER } from "./channels/json";

const SECRET = "whsec-kestrel-ops-0123456789";
const RUN = new Date("2026-12-01T06:00:00Z");
const NEXT_RUN = new Date("2026-12-02T06:00:00Z");

afterEach(() => vi.restoreAllMocks());

async function deliveries(accountId: string) {
  const { results } = await env.DB.prepare(
    "SELECT channel, status, attempts, last_error FROM alert_deliveries WHERE account_id = ?1 ORDER BY channel, attempts DESC",
  )
    .bind(accountId)
    .all();
  return results;
}

async function accountWithReminder(channels: SettingsToSave["channels"]) {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, { expiryThresholds: [30, 14, 7], channels, forwardTo: null });
  await insertCertificateRows(account.id, [
    {
      commonName: "www.kestrel-logistics.com",
      notAfter: "2026-12-15T00:00:00.000Z",
      intent: "renew",
      vendor: "DigiCert",
    },
  ]);
  return account;
}

/** A receiver answering each request with the next of `answers` (then 200). */
function sequence(...answers: (number | "hang")[]): PeerHandler & { calls: number } {
  const handler = async () => {
    handler.calls += 1;
    const answer = answers.shift() ?? 200;
    if (answer === "hang") return new Promise<Response>(() => {});
    return new Response(answer === 204 ? null : "x", { status: answer });
  };
  handler.calls = 0;
  return handler;
}

it("delivers a signed JSON webhook through the delivery queue, once", async () => {
  const account = await accountWithReminder([
    { type: "json", url: "https://hooks.kestrel.example/certitude", secret: SECRET, enabled: true },
  ]);
  const receiver = signedJsonReceiver(SECRET);
  routeFetchToPeers({ "hooks.kestrel.example": receiver });
  const log = await runDaily(RUN);
  expect(log.sent[QUEUES.deliveries]).toBe(1);
  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0].headers.get(SIGNATURE_HEADER)).toMatch(/^v1=[0-9a-f]{64}$/);
  expect(receiver.received[0].body).toMatchObject({
    accountId: account.id,
    alerts: [{ type: "expiry-reminder", title: "www.kestrel-logistics.com expires in 14 days (2026-12-15)" }],
  });
  expect(await deliveries(account.id)).toEqual([
    { channel: "json", status: "delivered", attempts: 1, last_error: null },
  ]);

  await runDaily(NEXT_RUN);
  expect(receiver.received).toHaveLength(1);
});

it("lets the queue retry a failed delivery with growing delays, the state visible per alert", async () => {
  const account = await accountWithReminder([
    { type: "slack", url: "https://hooks.kestrel.example/down", enabled: true },
  ]);
  const receiver = sequence(500, "hang", 204);
  routeFetchToPeers({ "hooks.kestrel.example": receiver });
  await runDaily(RUN);
  expect(receiver.calls).toBe(3);
  expect(await deliveries(account.id)).toEqual([
    { channel: "slack", status: "delivered", attempts: 3, last_error: null },
  ]);

  const failing = await accountWithReminder([
    { type: "slack", url: "https://hooks.kestrel.example/down", enabled: true },
  ]);
  routeFetchToPeers({ "hooks.kestrel.example": sequence(503, 503) });
  const log = await runDaily(NEXT_RUN);
  expect(log.retries.filter((r) => r.queue === QUEUES.deliveries).map((r) => r.delaySeconds)).toEqual([30, 120]);
  expect(await deliveries(failing.id)).toEqual([
    { channel: "slack", status: "delivered", attempts: 3, last_error: null },
  ]);
});

it("sends a delivery the queue gave up on to the dead-letter queue: abandoned, and said so on the timeline", async () => {
  const account = await accountWithReminder([
    { type: "slack", url: "https://hooks.kestrel.example/gone", enabled: true },
  ]);
  routeFetchToPeers({ "hooks.kestrel.example": failingReceiver(410) });
  const log = await runDaily(RUN);
  // max_retries = 8: nine attempts, then the dead-letter queue.
  expect(log.retries.filter((r) => r.queue === QUEUES.deliveries)).toHaveLength(9);
  expect(log.deadLettered).toHaveLength(1);
  expect(await deliveries(account.id)).toEqual([
    {
      channel: "slack",
      status: "abandoned",
      attempts: 9,
      last_error: "slack: hooks.kestrel.example answered HTTP 410",
    },
  ]);
  const event = await env.DB.prepare("SELECT type, summary FROM timeline_events WHERE account_id = ?1")
    .bind(account.id)
    .first<{ type: string; summary: string }>();
  expect(event?.type).toBe("alert-undeliverable");
  expect(event?.summary).toContain(
    "could not be delivered by slack after 9 attempts: slack: hooks.kestrel.example answered HTTP 410",
  );
});

it("keeps a poisoned or failing channel from blocking the account's other channels", async () => {
  const account = await accountWithReminder([
    { type: "discord", url: "https://broken.example/api/webhooks/1/x", enabled: true },
    { type: "ntfy", url: "https://silent.example/certs", enabled: true },
    { type: "slack", url: "https://hooks.slack.example/services/T0/B0/x", enabled: true },
    { type: "teams", url: "https://off.example/workflows/1", enabled: false },
  ]);
  const slack = slackReceiver();
  routeFetchToPeers({
    "broken.example": failingReceiver(500),
    "silent.example": () => new Promise<Response>(() => {}),
    "hooks.slack.example": slack,
  });
  await runDaily(RUN);
  expect(slack.received).toHaveLength(1);
  expect(await deliveries(account.id)).toEqual([
    { channel: "discord", status: "abandoned", attempts: 9, last_error: "discord: broken.example answered HTTP 500" },
    {
      channel: "ntfy",
      status: "abandoned",
      attempts: 9,
      last_error: "ntfy: silent.example did not answer within 500 ms",
    },
    { channel: "slack", status: "delivered", attempts: 1, last_error: null },
  ]);
});

it("emails alerts through the send_email binding and retries a failed send", async () => {
  const account = await accountWithReminder([{ type: "email", to: "ops@kestrel-logistics.com", enabled: true }]);
  const send = vi.spyOn(env.ALERT_EMAIL, "send");
  send.mockRejectedValueOnce(new Error("destination address not verified"));
  await runDaily(RUN);
  expect(await deliveries(account.id)).toEqual([
    { channel: "email", status: "delivered", attempts: 2, last_error: null },
  ]);
  const message = send.mock.calls[1][0] as EmailMessage;
  expect(message.to).toBe("ops@kestrel-logistics.com");
});

it("hands an alert raised by an upload to the delivery queue at once", async () => {
  const account = await createTestAccount();
  await saveSettings(env.DB, account.id, {
    expiryThresholds: [30],
    channels: [{ type: "slack", url: "https://hooks.slack.example/services/T0/B0/x", enabled: true }],
    forwardTo: null,
  });
  const slack = slackReceiver();
  routeFetchToPeers({ "hooks.slack.example": slack });
  const queues = captureQueues();
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ commonName: "late.kestrel-logistics.com", notAfter: daysFromNow(-2), intent: "renew" }),
  });
  expect(res.status).toBe(201);
  expect(await deliveries(account.id)).toEqual([{ channel: "slack", status: "queued", attempts: 0, last_error: null }]);
  await queues.drain();
  queues.restore();
  expect((slack.received[0].body as { text: string }).text).toContain("late.kestrel-logistics.com expired on");
  expect(await deliveries(account.id)).toEqual([
    { channel: "slack", status: "delivered", attempts: 1, last_error: null },
  ]);
});

it("refuses a channel to a private or metadata target, even one stored before the rules, and its redirects", async () => {
  // Stored straight in D1, as settings saved before the outbound rules were.
  const metadata = await accountWithReminder([
    { type: "slack", url: "http://169.254.169.254/latest/meta-data/", enabled: true },
  ]);
  const internal = await accountWithReminder([
    { type: "slack", url: "https://hooks.kestrel.example/moved", enabled: true },
  ]);
  const received: string[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push(request.url);
    if (request.url === "https://hooks.kestrel.example/moved")
      return new Response(null, { status: 307, headers: { location: "https://0x0a000001/hook" } });
    return new Response("ok");
  });
  await runDaily(RUN);
  // Nothing ever reached the metadata service or the private address the redirect named.
  expect(received.filter((url) => /169\.254|0x0a000001|10\.0\.0\.1/.test(url))).toEqual([]);
  expect(received.filter((url) => url === "https://hooks.kestrel.example/moved")).toHaveLength(9);
  expect(await deliveries(metadata.id)).toEqual([
    {
      channel: "slack",
      status: "abandoned",
      attempts: 9,
      last_error: "slack: the request to 169.254.169.254 was refused: it must use https",
    },
  ]);
  expect(await deliveries(internal.id)).toEqual([
    {
      channel: "slack",
      status: "abandoned",
      attempts: 9,
      last_error:
        "slack: the request to hooks.kestrel.example was refused: it redirected to a refused target: 10.0.0.1 is a private network address, not a public one",
    },
  ]);
});

it("delivers to a receiver on loopback when OUTBOUND_ALLOW_PRIVATE is set (local development)", async () => {
  const account = await accountWithReminder([{ type: "slack", url: "http://127.0.0.1:9000/hook", enabled: true }]);
  const slack = slackReceiver();
  routeFetchToPeers({ "127.0.0.1:9000": slack, "crt.sh": () => Response.json([]) });
  const queues = captureQueues();
  await runAccount({ ...env, OUTBOUND_ALLOW_PRIVATE: "true" }, account.id, RUN);
  const batch = queues.pending.splice(0).map((p) => p.body as DeliveryMessage);
  queues.restore();
  expect(await deliverMessage({ ...env, OUTBOUND_ALLOW_PRIVATE: "true" }, batch[0], 1, RUN)).toEqual({ ack: true });
  expect(slack.received).toHaveLength(1);
  expect(await deliveries(account.id)).toEqual([
    { channel: "slack", status: "delivered", attempts: 1, last_error: null },
  ]);
});

it("says only that a channel could not be reached, whatever the connection error", async () => {
  const account = await accountWithReminder([
    { type: "slack", url: "https://hooks.kestrel.example/closed", enabled: true },
  ]);
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("connect ECONNREFUSED 203.0.113.9:2375"));
  await runDaily(RUN);
  expect(await deliveries(account.id)).toEqual([
    {
      channel: "slack",
      status: "abandoned",
      attempts: 9,
      last_error: "slack: hooks.kestrel.example could not be reached",
    },
  ]);
});
