import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCertificate } from "./parse-certificate";
import { base64ToBytes, findPemBlocks } from "./pem";

const certs = path.join(import.meta.dirname, "../../test/fixtures/certs");
const pem = (name: string) => readFileSync(path.join(certs, `${name}.pem`), "utf8");
const der = (name: string) => base64ToBytes(findPemBlocks(pem(name))[0].base64);

/** Node's own X.509 parser: an independent oracle for serials, fingerprints and dates. */
const oracle = (name: string) => new X509Certificate(pem(name));

describe("parseCertificate", () => {
  it("reads an RSA end-entity certificate", async () => {
    const cert = await parseCertificate(der("leaf-rsa"));
    const node = oracle("leaf-rsa");
    expect(cert).toMatchObject({
      subject: "C=NL, O=Example Shipping BV, CN=www.example.com",
      commonName: "www.example.com",
      sans: ["www.example.com", "example.com"],
      ipAddresses: [],
      issuerCN: "Certitude Test ECC Issuing CA",
      issuerO: "Certitude Test PKI",
      serialNumber: node.serialNumber.replace(/^(00)+/, ""),
      fingerprintSha256: node.fingerprint256.replace(/:/g, ""),
      notBefore: new Date(node.validFrom).toISOString(),
      notAfter: new Date(node.validTo).toISOString(),
      publicKeyAlgorithm: "RSA",
      publicKeySize: 2048,
      signatureAlgorithm: "ecdsa-with-SHA256",
      ocspUrls: ["http://ocsp.certitude-test-ca.example"],
      caIssuersUrls: ["http://certs.certitude-test-ca.example/intermediate.der"],
      crlUrls: ["http://crl.certitude-test-ca.example/intermediate.crl"],
      selfSigned: false,
      basicConstraintsCA: false,
    });
    expect(cert.notAfter).toBe("2099-12-31T23:59:59.000Z");
    expect(cert.pem).toBe(pem("leaf-rsa"));
  });

  it("reads an ECDSA P-384 wildcard certificate", async () => {
    const cert = await parseCertificate(der("leaf-ecdsa-wildcard"));
    expect(cert).toMatchObject({
      commonName: "*.example.org",
      sans: ["*.example.org", "example.org"],
      publicKeyAlgorithm: "ECDSA",
      publicKeySize: 384,
    });
  });

  it("separates DNS and IP subject alternative names", async () => {
    const cert = await parseCertificate(der("leaf-ip"));
    expect(cert.sans).toEqual(["gateway.example.net"]);
    expect(cert.ipAddresses).toEqual(["192.0.2.10", "2001:db8::10"]);
    expect(cert.publicKeySize).toBe(256);
  });

  it("recognises self-signed certificates by name and signature", async () => {
    expect((await parseCertificate(der("self-signed"))).selfSigned).toBe(true);
    const root = await parseCertificate(der("root"));
    expect(root).toMatchObject({
      selfSigned: true,
      basicConstraintsCA: true,
      signatureAlgorithm: "sha256WithRSAEncryption",
    });
    expect((await parseCertificate(der("intermediate"))).selfSigned).toBe(false);
  });

  it("keeps dates of an expired certificate as they are", async () => {
    const cert = await parseCertificate(der("expired"));
    expect(cert.notBefore).toBe("2019-01-01T00:00:00.000Z");
    expect(cert.notAfter).toBe("2020-01-01T00:00:00.000Z");
  });

  it("refuses bytes that are not a certificate", async () => {
    await expect(parseCertificate(new TextEncoder().encode("not a certificate"))).rejects.toMatchObject({
      code: "malformed_certificate",
    });
    const truncated = der("leaf-rsa").slice(0, 200);
    await expect(parseCertificate(truncated)).rejects.toMatchObject({ code: "malformed_certificate" });
  });
});
