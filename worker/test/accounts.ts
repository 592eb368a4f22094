import { exports } from "cloudflare:workers";
import { checkContract } from "./contract";

/** The admin token the worker test project binds (vitest.config.ts). */
export const TEST_ADMIN_TOKEN = "test-admin-token-of-the-worker-suite-0001";

/** An account created through the real API, with its first token. */
export interface TestAccount {
  id: string;
  name: string;
  token: string;
  /** Headers that authenticate as this account. */
  auth: { authorization: string };
}

/**
 * Calls the Worker like a client would: `api("/api/certificates", { token, ... })`. Every answer is
 * checked against the OpenAPI document (test/contract.ts) before the test sees it.
 */
export async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`http://localhost${path}`, { ...rest, headers });
  const response = await exports.default.fetch(request.clone() as Request);
  await checkContract(request, response);
  return response;
}

/** Creates an account with `POST /api/accounts` and the admin token. */
export async function createTestAccount(name = "Kestrel Logistics BV"): Promise<TestAccount> {
  const res = await api("/api/accounts", {
    method: "POST",
    token: TEST_ADMIN_TOKEN,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`account creation answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { account: { id: string; name: string }; token: string };
  return { ...body.account, token: body.token, auth: { authorization: `Bearer ${body.token}` } };
}
