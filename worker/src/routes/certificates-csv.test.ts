import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { addManualRecord } from "../../test/manual-records";
import { csvCell } from "../spreadsheet/certificates-csv";

describe("GET /api/certificates.csv", () => {
  it("quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas", async () => {
    const account = await createTestAccount();
    await addManualRecord(account, {
      commonName: "shop.example.com",
      sans: ["shop.example.com", "www.shop.example.com"],
      notAfter: "2027-03-01",
      intent: "renew",
      vendor: '=HYPERLINK("http://evil.example","x")',
      orderNumbers: ["ET-1", "ET-2"],
    });
    const res = await api("/api/certificates.csv", { token: account.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const text = await res.text();
    const [header, row, end] = text.split("\r\n");
    expect(header).toBe(
      "id,commonName,sans,vendor,issuer,notBefore,notAfter,status,intent,intentReason,autoRenew,orderNumbers,serialNumber,fingerprintSha256",
    );
    expect(row).toContain(
      `,shop.example.com,shop.example.com www.shop.example.com,"'=HYPERLINK(""http://evil.example"",""x"")",`,
    );
    expect(row).toContain(",renew,");
    expect(end).toBe("");
    expect((await api("/api/certificates.csv")).status).toBe(401);
  });

  it("prefixes = + - @ and quotes commas, quotes and line breaks", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "a,b", 'say "hi"', "two\nlines", "plain"].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      "plain",
    ]);
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });
});
