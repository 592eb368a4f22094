import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { addManualRecord, daysFromNow } from "../../test/manual-records";
import type { Certificate } from "../certificates/schema";

type Page = { certificates: Certificate[]; total: number; limit: number; offset: number };

let account: TestAccount;

async function list(query: string): Promise<Page> {
  const res = await api(`/api/certificates?${query}`, { token: account.token });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Page;
}

const names = (page: Page) => page.certificates.map((c) => c.commonName);

beforeAll(async () => {
  account = await createTestAccount();
  // Status is computed from today, so these dates are relative to now.
  const records = [
    { commonName: "soon.example.com", notAfter: daysFromNow(10), intent: "renew" },
    {
      commonName: "*.example.org",
      sans: ["*.example.org", "example.org"],
      notAfter: daysFromNow(100),
      intent: "undecided",
    },
    { commonName: "gone.example.com", notAfter: daysFromNow(-5), intent: "renew" },
    { commonName: "retired.example.net", notAfter: daysFromNow(-20), intent: "let-lapse" },
    { commonName: "month.example.com", notAfter: daysFromNow(29), intent: "let-lapse", orderNumbers: ["ORD-7781"] },
    { commonName: "192.0.2.7", ipAddresses: ["192.0.2.7"], notAfter: daysFromNow(400) },
  ];
  for (const record of records) await addManualRecord(account, record);
});

describe("GET /api/certificates", () => {
  it("lists every certificate sorted by notAfter, soonest first, with computed status", async () => {
    const page = await list("");
    expect(page.certificates.map((c) => [c.commonName, c.status])).toEqual([
      ["retired.example.net", "lapsed"],
      ["gone.example.com", "expired"],
      ["soon.example.com", "expiring"],
      ["month.example.com", "expiring"],
      ["*.example.org", "active"],
      ["192.0.2.7", "active"],
    ]);
    expect(page).toMatchObject({ total: 6, limit: 100, offset: 0 });
    expect(page.certificates[0]).not.toHaveProperty("pem");
  });

  it("sorts latest first with order=desc", async () => {
    expect(names(await list("order=desc"))[0]).toBe("192.0.2.7");
  });

  it("filters by status", async () => {
    expect(names(await list("status=lapsed"))).toEqual(["retired.example.net"]);
    expect(names(await list("status=expired"))).toEqual(["gone.example.com"]);
    expect(names(await list("status=expiring"))).toEqual(["soon.example.com", "month.example.com"]);
    expect(names(await list("status=active"))).toEqual(["*.example.org", "192.0.2.7"]);
  });

  it("filters by intent and by days left", async () => {
    expect(names(await list("intent=let-lapse"))).toEqual(["retired.example.net", "month.example.com"]);
    expect(names(await list("expiringWithinDays=15"))).toEqual(["soon.example.com"]);
    expect(names(await list("expiringWithinDays=120&intent=undecided"))).toEqual(["*.example.org"]);
  });

  it("finds a wildcard certificate by a host name it covers", async () => {
    expect(names(await list("q=shop.example.org"))).toEqual(["*.example.org"]);
    expect(names(await list("q=SHOP.Example.ORG."))).toEqual(["*.example.org"]);
    expect(names(await list("q=a.shop.example.org"))).toEqual([]);
    expect(names(await list("q=example.org"))).toEqual(["*.example.org"]);
    expect(names(await list("q=example.com"))).toEqual(["gone.example.com", "soon.example.com", "month.example.com"]);
  });

  it("finds by IP address and order number", async () => {
    expect(names(await list("q=192.0.2.7"))).toEqual(["192.0.2.7"]);
    expect(names(await list("q=ORD-7781"))).toEqual(["month.example.com"]);
  });

  it("pages with limit and offset", async () => {
    const first = await list("limit=2");
    const second = await list("limit=2&offset=2");
    expect(names(first)).toEqual(["retired.example.net", "gone.example.com"]);
    expect(names(second)).toEqual(["soon.example.com", "month.example.com"]);
    expect(second.total).toBe(6);
    expect(names(await list("limit=2&offset=6"))).toEqual([]);
  });

  it("counts a superseded certificate under superseded only", async () => {
    const other = await createTestAccount();
    const old = await addManualRecord(other, { commonName: "api.example.com", notAfter: daysFromNow(90) });
    await addManualRecord(other, { commonName: "www.example.com", notAfter: daysFromNow(90) });
    // What the truth checks write when CT shows the renewal.
    await env.DB.prepare("UPDATE certificates SET superseded_by = 'renewal' WHERE id = ?1").bind(old.id).run();
    const page = async (query: string) => {
      const res = await api(`/api/certificates?${query}`, { token: other.token });
      return ((await res.json()) as Page).certificates.map((c) => c.commonName);
    };
    expect(await page("status=superseded")).toEqual(["api.example.com"]);
    expect(await page("status=active")).toEqual(["www.example.com"]);
  });

  it("refuses unknown and wrong query parameters", async () => {
    for (const query of [
      "status=dormant",
      "intent=maybe",
      "limit=0",
      "limit=501",
      "offset=-1",
      "expiringWithinDays=x",
      "sort=name",
    ]) {
      const res = await api(`/api/certificates?${query}`, { token: account.token });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message).toContain(query.split("=")[0]);
    }
  });

  it("names an unknown query parameter as a query parameter, not as the body", async () => {
    const res = await api("/api/certificates?days=10", { token: account.token });
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe('Invalid query: Unrecognized key: "days"');
  });

  it("names a JSON body that is not an object as the body, once", async () => {
    const res = await api("/api/certificates", {
      method: "POST",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: "[]",
    });
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe("Invalid body: Invalid input: expected object, received array");
  });
});
