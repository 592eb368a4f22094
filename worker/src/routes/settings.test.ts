import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";

const json = { "content-type": "application/json" };

describe("/api/settings", () => {
  it("shows defaults, saves channels and never shows the webhook secret", async () => {
    const account = await createTestAccount();
    const initial = await api("/api/settings", { token: account.token });
    expect(await initial.json()).toEqual({
      expiryThresholds: [30, 14, 7, 3, 1],
      overdueEveryDays: 3,
      channels: [],
      webhook: null,
      alertEmail: null,
      forwardTo: null,
      trustedAuthservIds: [],
      updatedAt: null,
    });

    const saved = await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: json,
      body: JSON.stringify({
        expiryThresholds: [7, 60, 7, 21],
        webhook: { url: "https://hooks.kestrel.example/certitude", format: "json", secret: "whsec-0123456789abcdef" },
        alertEmail: "ops@kestrel-logistics.com",
        forwardTo: "certificates@kestrel-logistics.com",
      }),
    });
    expect(saved.status).toBe(200);
    const body = await saved.json();
    expect(body).toMatchObject({
      expiryThresholds: [60, 21, 7],
      webhook: { url: "https://hooks.kestrel.example/certitude", format: "json", secretSet: true },
      alertEmail: "ops@kestrel-logistics.com",
      forwardTo: "certificates@kestrel-logistics.com",
    });
    expect(JSON.stringify(body)).not.toContain("whsec");
    expect(await (await api("/api/settings", { token: account.token })).json()).toEqual(body);
  });

  it("keeps the authserv-ids of the account's own mail servers, lower-cased and once each", async () => {
    const account = await createTestAccount();
    const body = JSON.stringify({
      trustedAuthservIds: ["GW.Kestrel-Logistics.com", "gw.kestrel-logistics.com", "mx.cloudflare.net"],
    });
    const saved = await api("/api/settings", { method: "PUT", token: account.token, headers: json, body });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ trustedAuthservIds: ["gw.kestrel-logistics.com", "mx.cloudflare.net"] });
  });

  it("names what is wrong with bad settings", async () => {
    const account = await createTestAccount();
    const cases = [
      [{ expiryThresholds: [0] }, "expiryThresholds"],
      [{ webhook: { url: "ftp://x.example/" } }, "webhook.url"],
      [{ webhook: { url: "https://x.example/", format: "json" } }, "webhook.secret"],
      [{ webhook: { url: "https://x.example/", format: "json", secret: "short" } }, "webhook.secret"],
      [{ alertEmail: "not an address" }, "alertEmail"],
      [{ trustedAuthservIds: ["mx.example.net; dkim=pass"] }, "trustedAuthservIds"],
      [{ overdueEveryDays: 0 }, "overdueEveryDays"],
      [{ channels: [{ type: "sms", url: "https://x.example/" }] }, "channels.0.type"],
      [{ channels: [{ type: "slack", url: "ftp://x.example/" }] }, "channels.0.url"],
      [{ channels: [{ type: "ntfy", url: "https://ntfy.sh/" }] }, "channels.0.url"],
      [{ channels: [{ type: "json", url: "https://x.example/" }] }, "channels.0.secret"],
      [{ channels: [{ type: "pagerduty" }] }, "channels.0.routingKey"],
      [
        { channels: [{ type: "discord", url: "https://10.1.2.3/api/webhooks/1/x" }] },
        "channels.0.url: 10.1.2.3 is a private network address",
      ],
      [
        { channels: [{ type: "teams", url: "http://prod.logic.example/workflows/1" }] },
        "channels.0.url: it must use https",
      ],
      [{ channels: [{ type: "email", to: "nobody" }] }, "channels.0.to"],
      [{ channels: [{ type: "slack", url: "https://x.example/", colour: "red" }] }, "channels.0"],
      [
        {
          channels: [
            { type: "slack", url: "https://x.example/a", id: "ops" },
            { type: "email", to: "a@b.example", id: "ops" },
          ],
        },
        "channels.1.id",
      ],
    ] as const;
    for (const [input, field] of cases) {
      const res = await api("/api/settings", {
        method: "PUT",
        token: account.token,
        headers: json,
        body: JSON.stringify(input),
      });
      expect(res.status, field).toBe(400);
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("invalid_request");
      expect(error.message).toContain(field);
    }
    expect((await api("/api/settings", { token: "nope" })).status).toBe(401);
  });

  it("refuses a webhook URL the Worker would not send to, naming the field and the reason", async () => {
    const account = await createTestAccount();
    const cases = [
      ["http://hooks.kestrel.example/x", "webhook.url: it must use https"],
      ["https://127.0.0.1/hook", "webhook.url: 127.0.0.1 is a loopback address"],
      ["https://0x7f000001/hook", "webhook.url: 127.0.0.1 is a loopback address"],
      ["https://2130706433/hook", "webhook.url: 127.0.0.1 is a loopback address"],
      ["https://[::1]/hook", "webhook.url: ::1 is a loopback address"],
      ["https://[::ffff:127.0.0.1]/hook", "webhook.url: ::ffff:7f00:1 is an IPv4-mapped IPv6 address"],
      ["https://169.254.169.254/latest/meta-data/", "webhook.url: 169.254.169.254 is a cloud metadata service"],
      ["https://10.1.2.3/hook", "webhook.url: 10.1.2.3 is a private network address"],
      ["https://192.168.1.20:8443/hook", "webhook.url: 192.168.1.20 is a private network address"],
      ["https://localhost/hook", "webhook.url: localhost is not a public name"],
      ["https://metadata.google.internal/", "webhook.url: metadata.google.internal is a cloud metadata service"],
    ] as const;
    for (const [url, message] of cases) {
      const body = JSON.stringify({ webhook: { url, format: "slack" } });
      const res = await api("/api/settings", { method: "PUT", token: account.token, headers: json, body });
      expect(res.status, url).toBe(400);
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("invalid_request");
      expect(error.message, url).toContain(message);
      expect(error.message).not.toMatch(/8443/);
    }
    expect(
      ((await (await api("/api/settings", { token: account.token })).json()) as { webhook: unknown }).webhook,
    ).toBeNull();
  });

  it("refuses a body over 1 MB on every JSON route, as the inventory routes do", async () => {
    const account = await createTestAccount();
    const huge = JSON.stringify({ notes: "x".repeat(1024 * 1024) });
    for (const [method, route] of [
      ["PUT", "/api/settings"],
      ["POST", "/api/inbound-addresses"],
      ["POST", "/api/discover"],
    ]) {
      const res = await api(route, { method, token: account.token, headers: json, body: huge });
      expect(res.status, route).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    }
  });

  it("keeps several channels each enabled on its own, secrets write-only and kept when saved again", async () => {
    const account = await createTestAccount();
    const channels = [
      { type: "slack", url: "https://hooks.slack.example/services/T0/B0/x" },
      { type: "teams", url: "https://prod.logic.example/workflows/1", enabled: false },
      { type: "json", url: "https://hooks.kestrel.example/certitude", secret: "whsec-0123456789abcdef" },
      { type: "pagerduty", routingKey: "R0123456789ABCDEF0123456789ABCDE" },
      { type: "ntfy", url: "https://ntfy.sh/kestrel-certs", token: "tk_abcdef" },
      { type: "email", to: "ops@kestrel-logistics.com", id: "ops-mail" },
      { type: "slack", url: "https://hooks.slack.example/services/T0/B0/y" },
    ];
    const saved = await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: json,
      body: JSON.stringify({ channels }),
    });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as { channels: Record<string, unknown>[]; webhook: unknown; alertEmail: unknown };
    expect(JSON.stringify(body)).not.toMatch(/whsec|R0123456789|tk_abc/);
    expect(body.channels).toEqual([
      { id: "slack", type: "slack", enabled: true, url: "https://hooks.slack.example/services/T0/B0/x" },
      { id: "teams", type: "teams", enabled: false, url: "https://prod.logic.example/workflows/1" },
      { id: "json", type: "json", enabled: true, url: "https://hooks.kestrel.example/certitude", secretSet: true },
      { id: "pagerduty", type: "pagerduty", enabled: true, routingKeySet: true },
      { id: "ntfy", type: "ntfy", enabled: true, url: "https://ntfy.sh/kestrel-certs", tokenSet: true },
      { id: "ops-mail", type: "email", enabled: true, to: "ops@kestrel-logistics.com" },
      { id: "slack-2", type: "slack", enabled: true, url: "https://hooks.slack.example/services/T0/B0/y" },
    ]);
    expect(body).toMatchObject({ webhook: null, alertEmail: null });

    // The dashboard sends back what it was shown (no secrets): the stored secrets stay.
    const shown = body.channels.map(({ secretSet: _, routingKeySet: __, tokenSet: ___, ...rest }) => rest);
    const again = await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: json,
      body: JSON.stringify({ channels: shown }),
    });
    expect(again.status).toBe(200);
    const row = await env.DB.prepare("SELECT channels FROM account_settings WHERE account_id = ?1")
      .bind(account.id)
      .first<{ channels: string }>();
    expect(JSON.parse(row!.channels)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "json", secret: "whsec-0123456789abcdef" }),
        expect.objectContaining({ id: "pagerduty", routingKey: "R0123456789ABCDEF0123456789ABCDE" }),
        expect.objectContaining({ id: "ntfy", token: "tk_abcdef" }),
      ]),
    );
  });

  it("reads settings saved before channels existed as the channels webhook and email", async () => {
    const account = await createTestAccount();
    await env.DB.prepare(
      `INSERT INTO account_settings (account_id, webhook_url, webhook_format, webhook_secret, alert_email_to, updated_at)
       VALUES (?1, 'https://hooks.kestrel.example/old', 'json', 'whsec-0123456789abcdef', 'ops@kestrel-logistics.com', '2026-01-01T00:00:00Z')`,
    )
      .bind(account.id)
      .run();
    const res = await api("/api/settings", { token: account.token });
    expect(await res.json()).toMatchObject({
      channels: [
        { id: "webhook", type: "json", enabled: true, url: "https://hooks.kestrel.example/old", secretSet: true },
        { id: "email", type: "email", enabled: true, to: "ops@kestrel-logistics.com" },
      ],
      webhook: { url: "https://hooks.kestrel.example/old", format: "json", secretSet: true },
      alertEmail: "ops@kestrel-logistics.com",
    });
  });
});
