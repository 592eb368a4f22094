import inventory from "../../test/fixtures/inventory.json";
import { api, createTestAccount, type TestAccount } from "./accounts";

/** An account holding the Kestrel Logistics inventory (test/fixtures/inventory.json), imported through the API. */
export interface KestrelAccount extends TestAccount {
  /** Certificate id by inventory id ("k03" → the stored record's id). */
  ids: Record<string, string>;
}

export async function createKestrelAccount(name = "Kestrel Logistics BV"): Promise<KestrelAccount> {
  const account = await createTestAccount(name);
  const res = await api("/api/certificates/import", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(inventory),
  });
  if (res.status !== 201) throw new Error(`inventory import answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { certificates: { id: string; externalId: string }[] };
  return { ...account, ids: Object.fromEntries(body.certificates.map((c) => [c.externalId, c.id])) };
}

/** Posts a raw email to `/api/notices` as the account. */
export function postNotice(account: TestAccount, raw: string): Promise<Response> {
  return api("/api/notices", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "message/rfc822" },
    body: raw,
  });
}
