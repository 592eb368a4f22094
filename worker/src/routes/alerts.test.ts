import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { failingReceiver, pagerDutyReceiver, slackReceiver } from "../../test/peers/alert-receivers";
import { routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { runDaily } from "../../test/queues";

afterEach(() => vi.restoreAllMocks());

describe("GET /api/alerts", () => {
  it("lists alerts with the delivery state of each channel, failures included", async () => {
    const account = await createTestAccount();
    await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ webhook: { url: "https://hooks.kestrel.example/down", format: "slack" } }),
    });
    await insertCertificateRows(account.id, [
      { commonName: "www.kestrel-logistics.com", notAfter: "2026-12-15T00:00:00.000Z", intent: "renew" },
    ]);
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("upstream down", { status: 503 }));
    await runDaily(new Date("2026-12-01T06:00:00Z"));

    const res = await api("/api/alerts", { token: account.token });
    expect(res.status).toBe(200);
    const { alerts } = (await res.json()) as {
      alerts: { title: string; deliveries: { channel: string; status: string; lastError: string }[] }[];
    };
    expect(alerts).toHaveLength(1);
    expect(alerts[0].title).toBe("www.kestrel-logistics.com expires in 14 days (2026-12-15)");
    expect(alerts[0].deliveries).toEqual([
      expect.objectContaining({
        channel: "webhook",
        status: "abandoned",
        attempts: 9,
        lastError: "slack: hooks.kestrel.example answered HTTP 503",
      }),
    ]);
    expect((await api("/api/alerts?limit=0", { token: account.token })).status).toBe(400);
  });
});

describe("POST /api/alerts/test", () => {
  const json = { "content-type": "application/json" };

  it("sends a test message to every enabled channel; a failing or hanging channel does not block the others", async () => {
    const account = await createTestAccount();
    const saved = await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: json,
      body: JSON.stringify({
        channels: [
          { type: "slack", url: "https://hooks.slack.example/services/T0/B0/x" },
          { type: "discord", url: "https://broken.example/api/webhooks/1/x" },
          { type: "ntfy", url: "https://silent.example/certs" },
          { type: "slack", url: "https://hooks.slack.example/services/T0/B0/y" },
          { type: "email", to: "ops@kestrel-logistics.com" },
          { type: "pagerduty", routingKey: "R0123456789ABCDEF0123456789ABCDE", enabled: false },
        ],
      }),
    });
    expect(saved.status).toBe(200);
    const slack = slackReceiver();
    routeFetchToPeers({
      "hooks.slack.example": slack,
      "broken.example": failingReceiver(500),
      "silent.example": silentPeer,
    });
    vi.spyOn(env.ALERT_EMAIL, "send").mockRejectedValueOnce(new Error("destination address not verified"));

    const res = await api("/api/alerts/test", { method: "POST", token: account.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      deliveries: [
        { channel: "slack", ok: true, status: 200, error: null },
        { channel: "discord", ok: false, status: 500, error: "discord: broken.example answered HTTP 500" },
        { channel: "ntfy", ok: false, status: null, error: "ntfy: silent.example did not answer within 500 ms" },
        { channel: "slack-2", ok: true, status: 200, error: null },
        { channel: "email", ok: false, status: null, error: "email not sent: destination address not verified" },
      ],
    });
    expect(slack.received.map((r) => r.path)).toEqual(["/services/T0/B0/x", "/services/T0/B0/y"]);
    expect((slack.received[0].body as { text: string }).text).toContain("*Certitude test alert*");
    // A test is not an alert: nothing is added to the account's alert list.
    expect(
      ((await (await api("/api/alerts", { token: account.token })).json()) as { alerts: unknown[] }).alerts,
    ).toEqual([]);
  });

  it("tests one named channel even when it is disabled, and says when there is no such channel", async () => {
    const account = await createTestAccount();
    await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: json,
      body: JSON.stringify({
        channels: [
          {
            type: "pagerduty",
            routingKey: "R0123456789ABCDEF0123456789ABCDE",
            url: "https://events.pagerduty.example/v2/enqueue",
            enabled: false,
          },
        ],
      }),
    });
    const pagerduty = pagerDutyReceiver();
    routeFetchToPeers({ "events.pagerduty.example": pagerduty });
    const all = await api("/api/alerts/test", { method: "POST", token: account.token });
    expect(await all.json()).toEqual({ deliveries: [] });
    const one = await api("/api/alerts/test", {
      method: "POST",
      token: account.token,
      headers: json,
      body: JSON.stringify({ channel: "pagerduty" }),
    });
    expect(await one.json()).toEqual({ deliveries: [{ channel: "pagerduty", ok: true, status: 202, error: null }] });
    expect(pagerduty.received[0].body).toMatchObject({
      payload: { severity: "info", summary: "Certitude test alert" },
    });
    const missing = await api("/api/alerts/test", {
      method: "POST",
      token: account.token,
      headers: json,
      body: JSON.stringify({ channel: "nope" }),
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: "not_found", message: 'No channel "nope" in your settings.' },
    });
  });
});
