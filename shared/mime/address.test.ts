import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAddressList } from "./address";
import { parseEmail } from "./parse-email";

describe("parseAddressList reads a From as mail clients display it", () => {
  it.each([
    ["Sectigo Billing, Accounts <billing@sectlgo.com>", "Sectigo Billing, Accounts", "billing@sectlgo.com"],
    ["DigiCert, Inc. <noreply@digicert.com>", "DigiCert, Inc.", "noreply@digicert.com"],
    ['"Sectigo, Billing" <billing@sectigo.com>', "Sectigo, Billing", "billing@sectigo.com"],
    [
      "=?utf-8?B?U2VjdGlnbyBCaWxsaW5nLCBBY2NvdW50cw==?= <billing@sectlgo.com>",
      "Sectigo Billing, Accounts",
      "billing@sectlgo.com",
    ],
    ["=?ISO-8859-1?Q?M=FCller=2C_Hans?= <hans@example.de>", "Müller, Hans", "hans@example.de"],
    ["billing@sectlgo.com (Sectigo Billing)", "Sectigo Billing", "billing@sectlgo.com"],
    ["Sectigo Billing billing@sectlgo.com", "Sectigo Billing", "billing@sectlgo.com"],
    ['"Sec\\"tigo\\\\" <a@sectlgo.com>', 'Sec"tigo\\', "a@sectlgo.com"],
    ["Undisclosed authors: billing@sectlgo.com, other@example.com;", "", "billing@sectlgo.com"],
    ["STRATO AG <service@kabriaa.me>", "STRATO AG", "service@kabriaa.me"],
  ])("%s", (header, name, address) => {
    expect(parseAddressList(header).first).toEqual({ name, address });
  });

  it("takes the first mailbox that has an address and keeps the others apart", () => {
    const list = parseAddressList("Nobody <>, GoDaddy <renewals@godaddy.com>, Billing <billing@godaddy.com>");
    expect(list.first?.address).toBe("renewals@godaddy.com");
    expect(list.others).toEqual([{ name: "Billing", address: "billing@godaddy.com" }]);
  });

  it("answers null for a header without any address", () => {
    expect(parseAddressList("Sectigo Billing").first).toBeNull();
    expect(parseAddressList("").first).toBeNull();
  });

  it("is what parseEmail reports as the sender", async () => {
    const raw =
      "From: Sectigo Billing, Accounts <billing@sectlgo.com>\r\nReply-To: Collections <pay@collect.example>\r\nSubject: x\r\n\r\nbody";
    const { notice } = await parseEmail(raw);
    expect(notice.from).toEqual({ name: "Sectigo Billing, Accounts", address: "billing@sectlgo.com" });
    expect(notice.replyTo).toEqual({ name: "Collections", address: "pay@collect.example" });
  });
});

// Display names as people and forgers write them: commas, quotes, brackets, unicode.
const nameChar = fc.oneof(
  fc.constantFrom(",", '"', "'", ".", "-", "&", "|", "(", ")", "é", "ß", "ö", "ç", "і", "中", " ", "\\", ";", ":"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }).filter((c) => !/[\r\n<>@]/.test(c)),
);
const displayName = fc.array(nameChar, { maxLength: 40 }).map((chars) => chars.join(""));
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/), label, fc.constantFrom("com", "de", "co.uk", "me"))
  .map(([local, host, tld]) => `${local}@${host}.${tld}`);
const quote = (name: string) => `"${name.replace(/[\\"]/g, "\\$&")}"`;
const encode = (name: string) => `=?utf-8?B?${Buffer.from(name, "utf8").toString("base64")}?=`;

describe("parseAddressList property", () => {
  it("recovers the address for any display name, written bare, quoted or encoded", () => {
    fc.assert(
      fc.property(displayName, address, fc.constantFrom("bare", "quoted", "encoded"), (name, addr, style) => {
        const shown = style === "bare" ? name : style === "quoted" ? quote(name) : encode(name);
        expect(parseAddressList(`${shown} <${addr}>`).first?.address).toBe(addr);
      }),
      { numRuns: 500 },
    );
  });

  it("recovers a comma-bearing name written without quotes, as clients show it", () => {
    const plain = fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.&'-]{1,12}$/), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(plain, plain, address, (left, right, addr) => {
        const name = `${left.join(" ")}, ${right.join(" ")}`;
        expect(parseAddressList(`${name} <${addr}>`).first).toEqual({ name, address: addr });
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseAddressList on broken addresses", () => {
  it("keeps what the angle brackets hold when it is no valid address, as clients show it", () => {
    expect(parseAddressList("ADAC-Mitgliederservice <noreply@theskimm,com>").first).toEqual({
      name: "ADAC-Mitgliederservice",
      address: "noreply@theskimm,com",
    });
    expect(parseAddressList("McAfee <noreply@customer support.mcafee.com>").first?.address).toBe(
      "noreply@customersupport.mcafee.com",
    );
  });
});
