import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { TEST_ADMIN_TOKEN, api, createTestAccount } from "../../test/accounts";

const json = { "content-type": "application/json" };

describe("POST /api/accounts", () => {
  it("creates an account and a first owner token with the admin token", async () => {
    const res = await api("/api/accounts", {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      headers: json,
      body: JSON.stringify({ name: "Kestrel Logistics BV" }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { account: { id: string; name: string }; token: string };
    expect(body.account.name).toBe("Kestrel Logistics BV");
    expect(body.token).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);

    const me = await api("/api/accounts/me", { token: body.token });
    expect(await me.json()).toEqual({ account: body.account, tokenName: "initial", scope: "owner" });
  });

  it("stores only the SHA-256 of a token", async () => {
    const account = await createTestAccount();
    const rows = await env.DB.prepare("SELECT token_hash FROM api_tokens WHERE account_id = ?1")
      .bind(account.id)
      .all<{ token_hash: string }>();
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(account.token));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(rows.results).toEqual([{ token_hash: hex }]);
  });

  it("refuses a wrong or missing admin token, and account tokens", async () => {
    const account = await createTestAccount();
    for (const token of [undefined, "wrong", account.token]) {
      const res = await api("/api/accounts", { method: "POST", token, headers: json, body: '{"name":"x"}' });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
  });

  it("names the invalid or unknown field", async () => {
    const cases = [
      [{}, "name"],
      [{ name: "" }, "name"],
      [{ name: "Acme", plan: "gold" }, "plan"],
    ] as const;
    for (const [body, field] of cases) {
      const res = await api("/api/accounts", {
        method: "POST",
        token: TEST_ADMIN_TOKEN,
        headers: json,
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("invalid_request");
      expect(error.message).toContain(field);
    }
  });

  it("answers malformed JSON with a 400 error body", async () => {
    const res = await api("/api/accounts", {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      headers: json,
      body: '{"name":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
  });
});

describe("unknown routes and health", () => {
  it("answers an unknown route with a JSON 404", async () => {
    const res = await api("/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "No route for GET /api/nope." } });
  });

  it("needs a token for /api/accounts/me", async () => {
    const res = await api("/api/accounts/me");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
  });
});
