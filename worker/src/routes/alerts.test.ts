import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { insertCertificateRows } from "../../test/certificate-rows";
import { runAlerts } from "../alerts/run";

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
    await insertCertificateRows(account.id, [{ commonName: "www.kestrel-logistics.com", notAfter: "2026-12-15T00:00:00.000Z", intent: "renew" }]);
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("upstream down", { status: 503 }));
    await runAlerts(env, new Date("2026-12-01T06:00:00Z"));

    const res = await api("/api/alerts", { token: account.token });
    expect(res.status).toBe(200);
    const { alerts } = (await res.json()) as { alerts: { title: string; deliveries: { channel: string; status: string; lastError: string }[] }[] };
    expect(alerts).toHaveLength(1);
    expect(alerts[0].title).toBe("www.kestrel-logistics.com expires in 14 days (2026-12-15)");
    expect(alerts[0].deliveries).toEqual([
      expect.objectContaining({ channel: "webhook", status: "failed", attempts: 1, lastError: "webhook answered HTTP 503" }),
    ]);
    expect((await api("/api/alerts?limit=0", { token: account.token })).status).toBe(400);
  });
});
