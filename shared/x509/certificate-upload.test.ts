import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_CERTIFICATES, parseCertificateUpload } from "./certificate-upload";
import { derToPem } from "./pem";

const certs = path.join(import.meta.dirname, "../../test/fixtures/certs");
const pem = (name: string) => readFileSync(path.join(certs, name.includes(".") ? name : `${name}.pem`), "utf8");

async function privateKeyPem(): Promise<string> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"])) as CryptoKeyPair;
  return derToPem(new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey)), "PRIVATE KEY");
}

const names = (upload: Awaited<ReturnType<typeof parseCertificateUpload>>) =>
  upload.endEntities.map((e) => [e.certificate.commonName, e.chain.map((c) => c.commonName)]);

describe("parseCertificateUpload", () => {
  it("keeps the CA certificates of a chain as the end entity's issuer chain", async () => {
    const upload = await parseCertificateUpload(pem("chain"));
    expect(names(upload)).toEqual([
      ["www.example.com", ["Certitude Test ECC Issuing CA", "Certitude Test Root CA"]],
    ]);
    expect(upload.authorities.map((a) => a.commonName)).toEqual(["Certitude Test ECC Issuing CA", "Certitude Test Root CA"]);
  });

  it("turns every end-entity certificate of a bundle into its own entry", async () => {
    const upload = await parseCertificateUpload(pem("bundle"));
    const chain = ["Certitude Test ECC Issuing CA", "Certitude Test Root CA"];
    expect(names(upload)).toEqual([
      ["www.example.com", chain],
      ["*.example.org", chain],
      ["gateway.example.net", chain],
    ]);
  });

  it("tolerates CRLF line ends, text around blocks and trailing garbage", async () => {
    const messy = `Bag Attributes\r\n    friendlyName: www\r\n${pem("chain").replace(/\n/g, "\r\n")}\r\n\u0000garbage after the end %%%`;
    const upload = await parseCertificateUpload(messy);
    expect(names(upload)).toEqual(names(await parseCertificateUpload(pem("chain"))));
  });

  it("accepts DER bytes and PEM bytes", async () => {
    const fromDer = await parseCertificateUpload(new Uint8Array(readFileSync(path.join(certs, "leaf-rsa.der"))));
    expect(names(fromDer)).toEqual([["www.example.com", []]]);
    const fromPemBytes = await parseCertificateUpload(new TextEncoder().encode(pem("leaf-ip")));
    expect(names(fromPemBytes)).toEqual([["gateway.example.net", []]]);
  });

  it("treats a self-signed certificate without cA as an end entity", async () => {
    const upload = await parseCertificateUpload(pem("self-signed"));
    expect(names(upload)).toEqual([["nas.example.net", []]]);
  });

  it("counts a certificate uploaded twice once", async () => {
    const upload = await parseCertificateUpload(pem("leaf-rsa") + pem("leaf-rsa"));
    expect(upload.endEntities).toHaveLength(1);
  });

  it("refuses any private key, and says so", async () => {
    const withKey = pem("leaf-rsa") + (await privateKeyPem());
    await expect(parseCertificateUpload(withKey)).rejects.toMatchObject({
      code: "private_key",
      message: expect.stringContaining("never stores keys"),
    });
    for (const label of ["RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]) {
      const legacy = `-----BEGIN ${label}-----\nMIIBOgIBAAJBAK\n-----END ${label}-----\n`;
      await expect(parseCertificateUpload(legacy + pem("leaf-ip"))).rejects.toMatchObject({ code: "private_key" });
    }
  });

  it("names what it found when there is no certificate", async () => {
    await expect(parseCertificateUpload(pem("request.csr.pem"))).rejects.toMatchObject({
      code: "no_certificate",
      message: expect.stringContaining("CERTIFICATE REQUEST"),
    });
    await expect(parseCertificateUpload("hello")).rejects.toMatchObject({ code: "no_certificate" });
  });

  it("refuses truncated and corrupted PEM", async () => {
    const text = pem("leaf-rsa");
    await expect(parseCertificateUpload(text.slice(0, text.length - 30))).rejects.toMatchObject({ code: "malformed_certificate" });
    const corrupted = text.replace(/\n[A-Za-z0-9+/]{64}\n/, "\n" + "A".repeat(64) + "\n");
    await expect(parseCertificateUpload(corrupted)).rejects.toMatchObject({ code: "malformed_certificate" });
    const badBase64 = text.replace(/\n([A-Za-z0-9+/]{10})/, "\n!!!!!!!!!!");
    await expect(parseCertificateUpload(badBase64)).rejects.toMatchObject({
      code: "malformed_certificate",
      message: expect.stringContaining("base64"),
    });
  });

  it("refuses an upload of CA certificates only", async () => {
    await expect(parseCertificateUpload(pem("intermediate") + pem("root"))).rejects.toMatchObject({ code: "no_end_entity" });
  });

  it("answers hostile megabytes with the error they deserve, without parsing them block by block", async () => {
    const unterminated = parseCertificateUpload("-----BEGIN A-----\n".repeat(60_000));
    await expect(unterminated).rejects.toMatchObject({ code: "malformed_certificate", message: expect.stringContaining("no matching END") });
    const tiny = parseCertificateUpload("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".repeat(20_000));
    await expect(tiny).rejects.toMatchObject({ code: "malformed_certificate", message: expect.stringContaining("Certificate 1 of 1:") });
    const sameTwice = parseCertificateUpload(`${pem("chain")}\n`.repeat(400));
    expect(names(await sameTwice)).toEqual(names(await parseCertificateUpload(pem("chain"))));
  });

  it(`refuses more than ${MAX_UPLOAD_CERTIFICATES} distinct certificates, saying how many there were`, async () => {
    const block = (i: number) => `-----BEGIN CERTIFICATE-----\n${btoa(`certificate number ${i}`)}\n-----END CERTIFICATE-----\n`;
    const text = Array.from({ length: MAX_UPLOAD_CERTIFICATES + 1 }, (_, i) => block(i)).join("");
    await expect(parseCertificateUpload(text)).rejects.toMatchObject({
      code: "too_many_certificates",
      message: `An upload holds at most ${MAX_UPLOAD_CERTIFICATES} certificates; this one has ${MAX_UPLOAD_CERTIFICATES + 1}. Upload the bundle in parts.`,
    });
  });
});
