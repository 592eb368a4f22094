import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCertificate } from "./parse-certificate";
import { base64ToBytes, findPemBlocks } from "./pem";

// Certificates as test/fixtures/certs/make-odd.sh makes them: one per way a parser goes wrong.
const certs = path.join(import.meta.dirname, "../../test/fixtures/certs");
const file = (name: string) => new Uint8Array(readFileSync(path.join(certs, name)));
const der = (name: string) => base64ToBytes(findPemBlocks(new TextDecoder().decode(file(name)))[0].base64);

describe("parseCertificate on certificates as people have them", () => {
  it("reads a GeneralizedTime with an offset as the instant it names", async () => {
    expect((await parseCertificate(der("time-generalized-offset.pem"))).notAfter).toBe("2056-08-11T18:20:01.000Z");
  });

  it("reads UTCTime without seconds and with an offset", async () => {
    const cert = await parseCertificate(der("time-utc-without-seconds.pem"));
    expect([cert.notBefore, cert.notAfter]).toEqual(["2025-01-01T12:00:00.000Z", "2049-12-31T11:00:00.000Z"]);
  });

  it("refuses a UTCTime without a zone, naming the field", async () => {
    await expect(parseCertificate(der("time-utc-without-zone.pem"))).rejects.toMatchObject({
      code: "malformed_certificate",
      message: expect.stringMatching(/^The notBefore time "250101120000" has no time zone/),
    });
  });

  it("keeps year 0001 as year 1", async () => {
    expect((await parseCertificate(der("time-year-0001.pem"))).notBefore).toBe("0001-01-01T00:00:00.000Z");
  });

  it("keeps an x400Address SAN as unread instead of refusing the certificate", async () => {
    const cert = await parseCertificate(der("san-x400-address.pem"));
    expect(cert.sans).toEqual(["x400.example.net"]);
    expect(cert.unreadExtensions).toContain("2.5.29.17 x400Address");
  });

  it("reads a DNS name written in UTF-8 without garbling it", async () => {
    expect((await parseCertificate(der("san-utf8-dns.pem"))).sans).toEqual(["bücher.example"]);
  });

  it("names a certificate by its most specific CN, keeps all, and prints a negative serial as openssl does", async () => {
    const cert = await parseCertificate(der("several-cn-negative-serial.pem"));
    expect(cert.commonName).toBe("www.example.com");
    expect(cert.commonNames).toEqual(["example.com", "www.example.com", "*.example.com"]);
    expect(cert.serialNumber).toBe("-05");
  });

  it("names an IP-only certificate by its IP address", async () => {
    const cert = await parseCertificate(der("leaf-ip-only.pem"));
    expect(cert).toMatchObject({
      commonName: "192.0.2.7",
      commonNames: [],
      sans: [],
      ipAddresses: ["192.0.2.7", "2001:db8::7"],
    });
  });

  it("fingerprints the certificate's own DER, ignoring and reporting bytes after it", async () => {
    const plain = await parseCertificate(file("leaf-rsa.der"));
    const trailing = await parseCertificate(file("leaf-rsa-trailing-newline.der"));
    const node = new X509Certificate(file("leaf-rsa.der"));
    expect(trailing.fingerprintSha256).toBe(node.fingerprint256.replace(/:/g, ""));
    expect(trailing.fingerprintSha256).toBe(plain.fingerprintSha256);
    expect(trailing.pem).toBe(plain.pem);
    expect(plain.warnings).toEqual([]);
    expect(trailing.warnings).toEqual([expect.stringContaining("1 byte after the certificate")]);
  });
});
