import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { TEST_ADMIN_TOKEN, api, createTestAccount } from "../../test/accounts";
import { app } from "../app";

const json = { "content-type": "application/json" };

/** Sends wrong tokens from `ip` until the Worker throttles; answers the statuses seen. */
async function failUntilThrottled(
  ip: string,
  send: (ip: string) => Promise<Response>,
): Promise<{ refused: number; throttled: Response }> {
  // Windows are aligned to the clock: one may roll over mid-loop, so allow a second window.
  for (let refused = 0; refused < 45; refused++) {
    const res = await send(ip);
    if (res.status === 429) return { refused, throttled: res };
    expect(res.status).toBe(401);
  }
  throw new Error(`no 429 after 45 failures from ${ip}`);
}

const wrongToken = (ip: string) =>
  api("/api/certificates", { token: "ctk_wrong", headers: { "cf-connecting-ip": ip } });

describe("throttling failed authentication", () => {
  it("answers 429 rate_limited with Retry-After after 20 wrong tokens a minute from one client", async () => {
    const { refused, throttled } = await failUntilThrottled("203.0.113.10", wrongToken);
    expect(refused).toBeGreaterThanOrEqual(20);
    expect(throttled.headers.get("retry-after")).toBe("60");
    expect(await throttled.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  it("never throttles a valid token, from another client or from the throttled one", async () => {
    const account = await createTestAccount();
    await failUntilThrottled("203.0.113.11", wrongToken);
    for (const ip of ["198.51.100.11", "203.0.113.11"]) {
      const res = await api("/api/certificates", { token: account.token, headers: { "cf-connecting-ip": ip } });
      expect(res.status, ip).toBe(200);
    }
    expect((await wrongToken("203.0.113.11")).status).toBe(429);
  });

  it("counts wrong admin tokens too, but not requests without a token", async () => {
    for (let i = 0; i < 25; i++) {
      expect((await api("/api/certificates", { headers: { "cf-connecting-ip": "203.0.113.12" } })).status).toBe(401);
    }
    const { throttled } = await failUntilThrottled("203.0.113.12", (ip) =>
      api("/api/accounts", {
        method: "POST",
        token: "not-the-admin-token",
        headers: { ...json, "cf-connecting-ip": ip },
        body: '{"name":"x"}',
      }),
    );
    expect(throttled.headers.get("retry-after")).toBe("60");
  });
});

describe("ADMIN_TOKEN length", () => {
  const create = (adminToken: string, token = adminToken) =>
    app.request(
      "/api/accounts",
      { method: "POST", headers: { ...json, authorization: `Bearer ${token}` }, body: '{"name":"Short Ltd"}' },
      { ...env, ADMIN_TOKEN: adminToken },
    );

  it("refuses admin routes while ADMIN_TOKEN is shorter than 32 characters, even with that token", async () => {
    const res = await create("a".repeat(31));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("admin_token_too_short");
    expect(body.error.message).toContain("32 characters");
    expect(body.error.message).not.toContain("a".repeat(31));
  });

  it("accepts a 32-character ADMIN_TOKEN, and the test suite's token is long enough", async () => {
    expect((await create("b".repeat(32))).status).toBe(201);
    expect(TEST_ADMIN_TOKEN.length).toBeGreaterThanOrEqual(32);
    expect(env.ADMIN_TOKEN).toBe(TEST_ADMIN_TOKEN);
  });
});
