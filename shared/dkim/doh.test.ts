import { describe, expect, it } from "vitest";
import { dohTxtResolver, queryTxt, txtData } from "./doh";

describe("queryTxt over the DNS-over-HTTPS JSON API", () => {
  it("asks for the name's TXT records and joins each record's strings", async () => {
    const asked: string[] = [];
    const answer = await queryTxt(
      async (url) => {
        asked.push(url);
        return {
          Status: 0,
          Answer: [
            { name: "s1._domainkey.digicert.example", type: 5, TTL: 60, data: "other.example." },
            {
              name: "s1._domainkey.digicert.example",
              type: 16,
              TTL: 3600,
              data: '"v=DKIM1; k=rsa; " "p=MIIB\\059AQAB"',
            },
          ],
        };
      },
      "https://dns.example/dns-query",
      "s1._domainkey.digicert.example",
    );
    expect(asked).toEqual(["https://dns.example/dns-query?name=s1._domainkey.digicert.example&type=TXT"]);
    expect(answer).toEqual({ records: ["v=DKIM1; k=rsa; p=MIIB;AQAB"], ttl: 60 });
  });

  it("reads NXDOMAIN as no records and a server failure as an error", async () => {
    const resolve = dohTxtResolver(async () => ({ Status: 3, Authority: [{ TTL: 900 }] }), "https://dns.example/q");
    expect(await resolve("nothing._domainkey.example")).toEqual([]);
    await expect(queryTxt(async () => ({ Status: 2 }), "https://dns.example/q", "x.example")).rejects.toThrow(
      /status 2/,
    );
    await expect(queryTxt(async () => "<html>", "https://dns.example/q", "x.example")).rejects.toThrow(/no DNS answer/);
  });

  it("undoes escapes and keeps unquoted data as it is", () => {
    expect(txtData('"a\\"b" "c"')).toBe('a"bc');
    expect(txtData("v=DKIM1; p=abc")).toBe("v=DKIM1; p=abc");
  });
});
