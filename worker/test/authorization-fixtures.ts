import { type TestAccount, api, createTestAccount } from "./accounts";
import { demoEmails } from "./demo-emails";

const json = { "content-type": "application/json" };

/** One account's real objects, made through the API, and a token of every kind. */
export interface MatrixAccount {
  account: TestAccount;
  tokens: { read: string; write: string; owner: string; revoked: string };
  /** Ids to put into path parameters, by the path up to and including the parameter. */
  ids: Record<string, string>;
}

async function created<T>(res: Response, what: string): Promise<T> {
  if (res.status !== 201) throw new Error(`creating ${what} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function newToken(owner: string, name: string, scope = "owner") {
  const res = await api("/api/tokens", {
    method: "POST",
    token: owner,
    headers: json,
    body: JSON.stringify({ name, scope }),
  });
  return created<{ apiToken: { id: string }; token: string }>(res, `a ${scope} token`);
}

/** An account with a certificate, a notice, an inbound address, a calendar feed and tokens (one revoked, one spare). */
export async function matrixAccount(name: string): Promise<MatrixAccount> {
  const account = await createTestAccount(name);
  const owner = account.token;
  const read = await newToken(owner, "dashboard", "read");
  const write = await newToken(owner, "extension", "write");
  const revoked = await newToken(owner, "old laptop");
  const revokedRes = await api(`/api/tokens/${revoked.apiToken.id}`, { method: "DELETE", token: owner });
  if (revokedRes.status !== 200) throw new Error(`revoking a token answered ${revokedRes.status}`);
  const spare = await newToken(owner, "spare", "read");

  const record = {
    commonName: `portal.${name.toLowerCase().replace(/\W+/g, "-")}.example`,
    notAfter: "2099-06-30",
    vendor: "Example Trust",
  };
  const certificate = await created<{ certificates: { id: string }[] }>(
    await api("/api/certificates", { method: "POST", token: owner, headers: json, body: JSON.stringify(record) }),
    "a certificate",
  );
  const notice = await created<{ notice: { id: string } }>(
    await api("/api/notices", {
      method: "POST",
      token: owner,
      headers: { "content-type": "message/rfc822" },
      body: demoEmails[0][1],
    }),
    "a notice",
  );
  const address = await created<{ inboundAddress: { address: string } }>(
    await api("/api/inbound-addresses", { method: "POST", token: owner }),
    "an inbound address",
  );
  const feed = await created<{ feed: { id: string }; url: string }>(
    await api("/api/calendar/feeds", { method: "POST", token: owner }),
    "a calendar feed",
  );
  return {
    account,
    tokens: { read: read.token, write: write.token, owner, revoked: revoked.token },
    ids: {
      "/api/certificates/{id}": certificate.certificates[0].id,
      "/api/notices/{id}": notice.notice.id,
      "/api/tokens/{id}": spare.apiToken.id,
      "/api/inbound-addresses/{address}": address.inboundAddress.address,
      "/api/calendar/feeds/{id}": feed.feed.id,
      "/api/calendar/{file}": new URL(feed.url).pathname.split("/").at(-1)!,
    },
  };
}

/**
 * The operation's path with its parameters filled from `ids`. A parameter nobody taught this
 * helper to fill throws: a new route with a new kind of id then fails the matrix until it is added.
 */
export function fillPath(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (param, _name, offset: number) => {
    const key = path.slice(0, offset) + param;
    const value = ids[key];
    if (value === undefined)
      throw new Error(`The authorization matrix cannot fill ${key}: create such an object in matrixAccount().`);
    return encodeURIComponent(value);
  });
}
