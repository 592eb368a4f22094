import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../inventory";
import { type MatchInput, matchCertificate } from "./match";

const { certificates } = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../test/fixtures/inventory.json"), "utf8"),
) as Inventory;
const input = (text: string, more: Partial<MatchInput> = {}): MatchInput => ({
  subject: "",
  text,
  orderNumbers: [],
  expiryDates: [],
  vendor: null,
  ...more,
});

describe("matchCertificate", () => {
  it("identifies a certificate by a SAN even when vendor and order are foreign", () => {
    expect(
      matchCertificate(input("Order 99887766 for armazem.kestrel-logistics.com", { vendor: "Sectigo" }), certificates),
    ).toMatchObject({
      id: "k05",
      matchedBy: "domain",
    });
  });

  it("reads a host name glued to Korean, Japanese or Chinese words", () => {
    for (const subject of [
      "www.kestrel-logistics.com의 SSL 인증서 - 연체통지",
      "www.kestrel-logistics.comの証明書",
      "证书www.kestrel-logistics.com已过期",
    ]) {
      expect(matchCertificate(input("", { subject }), certificates), subject).toMatchObject({
        id: "k01",
        matchedBy: "domain",
      });
    }
  });

  it("matches a host covered by a wildcard certificate", () => {
    expect(
      matchCertificate(input("Visitors to portal.track.kestrel-logistics.com will see warnings."), certificates),
    ).toMatchObject({
      id: "k02",
      matchedBy: "wildcard",
      matchedValue: "portal.track.kestrel-logistics.com",
    });
  });

  it("identifies a certificate by its order number alone", () => {
    expect(matchCertificate(input("Your renewal order ACT-77120934 awaits payment."), certificates)).toMatchObject({
      id: "k06",
      matchedBy: "order-number",
    });
  });

  it("identifies a certificate by its serial number alone", () => {
    expect(
      matchCertificate(input("Serial: 0b:7e:1d:2c:3a:4f:50:61:72:83:94:a5:b6:c7:d8:e9"), certificates),
    ).toMatchObject({ id: "k01", matchedBy: "serial" });
  });

  it("gives nothing for an unknown order number or the vendor alone", () => {
    expect(matchCertificate(input("Payment failed for order 55501234."), certificates)).toBeNull();
    expect(
      matchCertificate(input("Your GlobalSign certificate expires soon.", { vendor: "GlobalSign" }), certificates),
    ).toBeNull();
  });

  it("does not count domains of email addresses (the company mail domain is a SAN)", () => {
    expect(
      matchCertificate(input("Contact it-ops@kestrel-logistics.com or sara.berg@kestrel-logistics.com."), certificates),
    ).toBeNull();
  });

  it("prefers the most specific name and the one in the subject", () => {
    const text = "Sent for kestrel-logistics.com: the certificate for lyon.kestrel-logistics.com expires.";
    expect(matchCertificate(input(text), certificates)?.id).toBe("k04");
    expect(matchCertificate(input(text.replace("lyon.", "")), certificates)?.id).toBe("k01");
    expect(
      matchCertificate(
        input("www.kestrel-logistics.com and lyon.kestrel-logistics.com", { subject: "lyon.kestrel-logistics.com" }),
        certificates,
      )?.id,
    ).toBe("k04");
  });

  it("breaks a tie between named certificates with the order number", () => {
    const text = "Certificates: mail.kestrel-logistics.nl, legacy.kestrel-logistics.nl. Order TH-5510092.";
    expect(matchCertificate(input(text), certificates)?.id).toBe("k09");
  });

  it("finds the same certificate among ten thousand others", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...certificates[i % certificates.length],
      id: `x${i}`,
      commonName: `host${i}.example-${i % 97}.net`,
      sans: [`host${i}.example-${i % 97}.net`, `*.apps${i}.example.org`],
      orderNumbers: [`ORD-${100000 + i}`],
    }));
    const inventory = [...many, ...certificates];
    expect(
      matchCertificate(input("Your renewal for lyon.kestrel-logistics.com, order 3311907265"), inventory)?.id,
    ).toBe("k04");
    expect(matchCertificate(input("Payment failed for order ORD-104242."), inventory)).toMatchObject({
      id: "x4242",
      matchedBy: "order-number",
    });
    expect(matchCertificate(input("api.apps777.example.org expires soon"), inventory)).toMatchObject({
      id: "x777",
      matchedBy: "wildcard",
    });
  });
});

describe("matchCertificate with internationalized names", () => {
  const idn = (id: string, names: string[]) => ({
    ...certificates[0],
    id,
    commonName: names[0],
    sans: names,
    orderNumbers: [],
    serialNumber: null,
    fingerprintSha256: null,
  });
  const inventory = [
    idn("punycode", ["xn--bcher-kva.example", "*.xn--bcher-kva.example"]),
    idn("unicode", ["straße-shop.example"]),
  ];

  it("matches a Unicode name in the notice to the certificate's punycode name, and the reverse", () => {
    expect(matchCertificate(input("Your certificate for bücher.example expires on 1 March."), inventory)).toMatchObject(
      { id: "punycode", matchedBy: "domain", matchedValue: "xn--bcher-kva.example" },
    );
    expect(matchCertificate(input("Renew shop.bücher.example now."), inventory)).toMatchObject({
      id: "punycode",
      matchedBy: "wildcard",
    });
    expect(matchCertificate(input("Renew xn--strae-shop-83a.example now."), inventory)).toMatchObject({
      id: "unicode",
      matchedBy: "domain",
    });
  });

  it("does not read a part of a Unicode name as a name of its own", () => {
    const ascii = [idn("cher", ["cher.example"])];
    expect(matchCertificate(input("Your certificate for bücher.example expires."), ascii)).toBeNull();
  });
});
