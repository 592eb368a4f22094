import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";

const KESTREL_RECORD = {
  commonName: "portal.kestrel-logistics.example",
  notAfter: "2099-06-30",
  vendor: "Example Trust",
};

const json = { "content-type": "application/json" };

async function tokenWithScope(account: TestAccount, scope: string): Promise<string> {
  const res = await api("/api/tokens", {
    method: "POST",
    token: account.token,
    headers: json,
    body: JSON.stringify({ name: `${scope} key`, scope }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { apiToken: { scope: string }; token: string };
  expect(body.apiToken.scope).toBe(scope);
  return body.token;
}

async function expectForbidden(res: Response, needs: string, has: string) {
  expect(res.status).toBe(403);
  expect(await res.json()).toEqual({
    error: { code: "forbidden", message: `This route needs a token with the ${needs} scope; this token has ${has}.` },
  });
}

describe("token scopes", () => {
  it("gives a read token every GET but the export, and nothing else", async () => {
    const account = await createTestAccount();
    const read = await tokenWithScope(account, "read");
    for (const path of [
      "/api/certificates",
      "/api/notices",
      "/api/tokens",
      "/api/settings",
      "/api/inbound-addresses",
      "/api/alerts",
    ]) {
      expect((await api(path, { token: read })).status, path).toBe(200);
    }
    await expectForbidden(await api("/api/export", { token: read }), "owner", "read");
    await expectForbidden(
      await api("/api/certificates", {
        method: "POST",
        token: read,
        headers: json,
        body: JSON.stringify(KESTREL_RECORD),
      }),
      "write",
      "read",
    );
    await expectForbidden(
      await api("/api/classify", { method: "POST", token: read, headers: json, body: "{}" }),
      "write",
      "read",
    );
  });

  it("lets a write token change the inventory but not tokens, settings, export or inbound addresses", async () => {
    const account = await createTestAccount();
    const write = await tokenWithScope(account, "write");
    const created = await api("/api/certificates", {
      method: "POST",
      token: write,
      headers: json,
      body: JSON.stringify(KESTREL_RECORD),
    });
    expect(created.status).toBe(201);
    await expectForbidden(
      await api("/api/tokens", { method: "POST", token: write, headers: json, body: '{"name":"more"}' }),
      "owner",
      "write",
    );
    await expectForbidden(
      await api("/api/settings", { method: "PUT", token: write, headers: json, body: "{}" }),
      "owner",
      "write",
    );
    await expectForbidden(await api("/api/export", { token: write }), "owner", "write");
    await expectForbidden(
      await api("/api/import", { method: "POST", token: write, headers: json, body: "{}" }),
      "owner",
      "write",
    );
    await expectForbidden(await api("/api/inbound-addresses", { method: "POST", token: write }), "owner", "write");
  });

  it("shows the scope in /api/accounts/me and the token list; owner is the default", async () => {
    const account = await createTestAccount();
    const read = await tokenWithScope(account, "read");
    expect(await (await api("/api/accounts/me", { token: read })).json()).toMatchObject({ scope: "read" });
    const unnamed = await api("/api/tokens", {
      method: "POST",
      token: account.token,
      headers: json,
      body: '{"name":"plain"}',
    });
    expect(((await unnamed.json()) as { apiToken: { scope: string } }).apiToken.scope).toBe("owner");
    const listed = (await (await api("/api/tokens", { token: read })).json()) as {
      tokens: { name: string; scope: string }[];
    };
    expect(listed.tokens.map((t) => [t.name, t.scope])).toEqual([
      ["initial", "owner"],
      ["read key", "read"],
      ["plain", "owner"],
    ]);
  });

  it("makes tokens stored before scopes existed owner tokens", async () => {
    const account = await createTestAccount();
    await env.DB.prepare(
      "INSERT INTO api_tokens (id, account_id, name, token_hash, created_at) VALUES ('legacy', ?1, 'legacy', 'abc', '2026-01-01T00:00:00Z')",
    )
      .bind(account.id)
      .run();
    const row = await env.DB.prepare("SELECT scope FROM api_tokens WHERE id = 'legacy'").first<{ scope: string }>();
    expect(row?.scope).toBe("owner");
  });
});
