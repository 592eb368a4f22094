import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";

const json = { "content-type": "application/json" };

async function newToken(account: TestAccount, name: string) {
  const res = await api("/api/tokens", {
    method: "POST",
    token: account.token,
    headers: json,
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { apiToken: { id: string; name: string; revokedAt: string | null }; token: string };
}

describe("/api/tokens", () => {
  it("creates a further token that authenticates as the same account", async () => {
    const account = await createTestAccount();
    const created = await newToken(account, "laptop");
    expect(created.apiToken).toMatchObject({ name: "laptop", revokedAt: null });
    const me = await api("/api/accounts/me", { token: created.token });
    expect(await me.json()).toEqual({
      account: { id: account.id, name: account.name },
      tokenName: "laptop",
      scope: "owner",
    });
  });

  it("lists tokens without secrets and marks use", async () => {
    const account = await createTestAccount();
    await newToken(account, "ci");
    const res = await api("/api/tokens", { token: account.token });
    const body = (await res.json()) as { tokens: Record<string, unknown>[] };
    expect(body.tokens.map((t) => t.name)).toEqual(["initial", "ci"]);
    expect(body.tokens[0].lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toContain("ctk_");
    expect(JSON.stringify(body)).not.toMatch(/hash/i);
  });

  it("revokes a token so it no longer authenticates", async () => {
    const account = await createTestAccount();
    const created = await newToken(account, "old");
    const res = await api(`/api/tokens/${created.apiToken.id}`, { method: "DELETE", token: account.token });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { apiToken: { revokedAt: string } }).apiToken.revokedAt).toEqual(expect.any(String));
    const denied = await api("/api/tokens", { token: created.token });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("treats another account's token id as not found", async () => {
    const mine = await createTestAccount("Mine");
    const theirs = await createTestAccount("Theirs");
    const their = await newToken(theirs, "theirs");
    const res = await api(`/api/tokens/${their.apiToken.id}`, { method: "DELETE", token: mine.token });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await api("/api/accounts/me", { token: their.token })).status).toBe(200);
    const listed = (await (await api("/api/tokens", { token: mine.token })).json()) as { tokens: { id: string }[] };
    expect(listed.tokens.map((t) => t.id)).not.toContain(their.apiToken.id);
  });

  it("refuses a body over 1 MB", async () => {
    const account = await createTestAccount();
    const body = JSON.stringify({ name: "x".repeat(1024 * 1024) });
    const res = await api("/api/tokens", { method: "POST", token: account.token, headers: json, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("refuses a missing name, an unknown scope and unknown fields", async () => {
    const account = await createTestAccount();
    for (const body of [{}, { name: "x", scope: "all" }, { name: "x", scopes: ["read"] }]) {
      const res = await api("/api/tokens", {
        method: "POST",
        token: account.token,
        headers: json,
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_request" } });
    }
  });
});
