import { beforeAll, describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { certs } from "../../test/certs";
import type { Certificate } from "../certificates/schema";

let account: TestAccount;

async function search(q: string): Promise<string[]> {
  const res = await api(`/api/certificates?q=${encodeURIComponent(q)}`, { token: account.token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { certificates: Certificate[] }).certificates.map((c) => c.commonName);
}

beforeAll(async () => {
  account = await createTestAccount();
  for (const pem of [certs.leafIdn, certs.sanUtf8Dns, certs.leafIpOnly, certs.leafRsa]) {
    const res = await api("/api/certificates", {
      method: "POST",
      token: account.token,
      headers: { "content-type": "application/x-pem-file" },
      body: pem,
    });
    expect(res.status).toBe(201);
  }
});

describe("GET /api/certificates?q= with internationalized and IP names", () => {
  it("finds a punycode certificate by its Unicode name and by its punycode", async () => {
    expect(await search("bücher.example")).toEqual(expect.arrayContaining(["xn--bcher-kva.example"]));
    expect(await search("www.BÜCHER.example")).toEqual(["xn--bcher-kva.example"]);
    expect(await search("xn--bcher-kva.example")).toEqual(expect.arrayContaining(["xn--bcher-kva.example"]));
  });

  it("finds a certificate whose DNS name is written in Unicode by its punycode", async () => {
    expect(await search("xn--bcher-kva.example")).toEqual(expect.arrayContaining(["shop.example.net"]));
  });

  it("finds an IP-only certificate by its IPv4 and by any spelling of its IPv6 address", async () => {
    expect(await search("192.0.2.7")).toEqual(["192.0.2.7"]);
    expect(await search("2001:DB8:0:0:0:0:0:7")).toEqual(["192.0.2.7"]);
    expect(await search("www.example.com")).toEqual(["www.example.com"]);
  });
});
