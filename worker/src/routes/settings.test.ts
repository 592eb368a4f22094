import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";

const json = { "content-type": "application/json" };

describe("/api/settings", () => {
  it("shows defaults, saves channels and never shows the webhook secret", async () => {
    const account = await createTestAccount();
    const initial = await api("/api/settings", { token: account.token });
    expect(await initial.json()).toEqual({ expiryThresholds: [30, 14, 7, 3, 1], webhook: null, alertEmail: null, forwardTo: null, updatedAt: null });

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

  it("names what is wrong with bad settings", async () => {
    const account = await createTestAccount();
    const cases = [
      [{ expiryThresholds: [0] }, "expiryThresholds"],
      [{ webhook: { url: "ftp://x.example/" } }, "webhook.url"],
      [{ webhook: { url: "https://x.example/", format: "json" } }, "webhook.secret"],
      [{ webhook: { url: "https://x.example/", format: "json", secret: "short" } }, "webhook.secret"],
      [{ alertEmail: "not an address" }, "alertEmail"],
    ] as const;
    for (const [input, field] of cases) {
      const res = await api("/api/settings", { method: "PUT", token: account.token, headers: json, body: JSON.stringify(input) });
      expect(res.status, field).toBe(400);
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("invalid_request");
      expect(error.message).toContain(field);
    }
    expect((await api("/api/settings", { token: "nope" })).status).toBe(401);
  });

  it("refuses a body over 1 MB on every JSON route, as the inventory routes do", async () => {
    const account = await createTestAccount();
    const huge = JSON.stringify({ notes: "x".repeat(1024 * 1024) });
    for (const [method, route] of [["PUT", "/api/settings"], ["POST", "/api/inbound-addresses"], ["POST", "/api/discover"]]) {
      const res = await api(route, { method, token: account.token, headers: json, body: huge });
      expect(res.status, route).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    }
  });
});
