import { describe, expect, it } from "vitest";
import type { CertificateRecord } from "../inventory";
import { tableExpiryClaims } from "./expiry-table";

const cert = {
  id: "c1",
  commonName: "shop.example.com",
  sans: ["shop.example.com", "*.api.example.com"],
} as CertificateRecord;
const dates = (text: string, order: "dmy" | "mdy" = "dmy") =>
  tableExpiryClaims(text, cert, order, "en").map((c) => c.value);

describe("tableExpiryClaims", () => {
  it("reads the expiry column in the row that names the certificate", () => {
    expect(
      dates("Domain\tProduct\tExpires\nother.example.org\tDV\t03/12/2026\nshop.example.com\tDV\t28/11/2026\n"),
    ).toEqual(["2026-11-28"]);
  });

  it.each([
    ["Domäne\tAblaufdatum\nshop.example.com\t28.11.2026"],
    ["Domaine\tDate d'expiration\nshop.example.com\t28/11/2026"],
    ["Dominio\tFecha de caducidad\nshop.example.com\t28/11/2026"],
    ["Domein\tVervaldatum\nshop.example.com\t28-11-2026"],
    ["Dominio\tScadenza\nshop.example.com\t28/11/2026"],
    ["Domínio\tData de expiração\nshop.example.com\t28/11/2026"],
  ])("knows the header %#", (text) => {
    expect(dates(text)).toEqual(["2026-11-28"]);
  });

  it("matches wildcard names and leaves other columns alone", () => {
    expect(dates("Host\tIssued\tExpiry date\nv2.api.example.com\t01/12/2025\t30/11/2026")).toEqual(["2026-11-30"]);
  });

  it("reads nothing without an expiry header, or for rows of other hosts, or after the table ends", () => {
    expect(dates("Domain\tIssued\nshop.example.com\t28/11/2026")).toEqual([]);
    expect(dates("Domain\tExpires\nother.example.org\t28/11/2026")).toEqual([]);
    expect(dates("Domain\tExpires\nother.example.org\t01/01/2027\n\nshop.example.com renewed\t28/11/2026")).toEqual([]);
  });
});

describe("tableExpiryClaims on plain-text tables", () => {
  it("splits cells at runs of spaces", () => {
    expect(dates("Domain              Expires\nshop.example.com    28/11/2026\n")).toEqual(["2026-11-28"]);
  });
});

describe("tableExpiryClaims headers with more words", () => {
  it("knows a header that names the expiry among other words", () => {
    expect(dates("Domain\tIssued on\tCertificate expiry (UTC)\nshop.example.com\t28/11/2025\t28/11/2026")).toEqual([
      "2026-11-28",
    ]);
    expect(dates("Domain\tAblaufdatum des Zertifikats\nshop.example.com\t28.11.2026")).toEqual(["2026-11-28"]);
  });
  it("does not take a cell that mentions an expiry in a data row as a header", () => {
    expect(dates("Domain\tStatus\tValid until\nshop.example.com\texpires in 30 days\t28/11/2026")).toEqual([
      "2026-11-28",
    ]);
  });
});

describe("tableExpiryClaims status words in data rows", () => {
  it("keeps the header's column when a row's status cell mentions the expiry", () => {
    expect(dates("Domain\tStatus\tExpires\nshop.example.com\tExpiring soon\t28/11/2026")).toEqual(["2026-11-28"]);
  });
});
