import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_CERTIFICATES, parseCertificateUpload } from "./certificate-upload";
import { derToPem } from "./pem";

const certs = path.join(import.meta.dirname, "../../test/fixtures/certs");
const pem = (name: string) => readFileSync(path.join(certs, name.includes(".") ? name : `${name}.pem`), "utf8");

async function privateKeyPem(): Promise<string> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
  ])) as CryptoKeyPair;
  return derToPem(new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey)), "PRIVATE KEY");
}

const names = (upload: Awaited<ReturnType<typeof parseCertificateUpload>>) =>
  upload.endEntities.map((e) => [e.certificate.commonName, e.chain.map((c) => c.commonName)]);

describe("parseCertificateUpload", () => {
  it("keeps the CA certificates of a chain as the end entity's issuer chain", async () => {
    const upload = await parseCertificateUpload(pem("chain"));
    expect(names(upload)).toEqual([["www.example.com", ["Certitude Test ECC Issuing CA", "Certitude Test Root CA"]]]);
    expect(upload.authorities.map((a) => a.commonName)).toEqual([
      "Certitude Test ECC Issuing CA",
      "Certitude Test Root CA",
    ]);
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
    await expect(parseCertificateUpload(text.slice(0, text.length - 30))).rejects.toMatchObject({
      code: "malformed_certificate",
    });
    const corrupted = text.replace(/\n[A-Za-z0-9+/]{64}\n/, "\n" + "A".repeat(64) + "\n");
    await expect(parseCertificateUpload(corrupted)).rejects.toMatchObject({ code: "malformed_certificate" });
    const badBase64 = text.replace(/\n([A-Za-z0-9+/]{10})/, "\n!!!!!!!!!!");
    await expect(parseCertificateUpload(badBase64)).rejects.toMatchObject({
      code: "malformed_certificate",
      message: expect.stringContaining("base64"),
    });
  });

  it("refuses an upload of CA certificates that issued one another, with advice that can be followed", async () => {
    await expect(parseCertificateUpload(pem("intermediate") + pem("root"))).rejects.toMatchObject({
      code: "no_end_entity",
      message: expect.stringContaining("upload one certificate on its own to watch that certificate"),
    });
    // …and following the advice works: a lone CA certificate is the owned one.
    expect(names(await parseCertificateUpload(pem("intermediate")))).toEqual([["Certitude Test ECC Issuing CA", []]]);
  });
});

describe("which certificate of an upload is owned", () => {
  it("owns a lone certificate whatever its basicConstraints (OpenSSL's default self-signed is CA:TRUE)", async () => {
    const upload = await parseCertificateUpload(pem("self-signed-openssl-default"));
    expect(upload.endEntities[0].certificate).toMatchObject({
      commonName: "app.example.org",
      basicConstraintsCA: true,
      selfSigned: true,
    });
    expect(upload.authorities).toEqual([]);
  });

  it("owns a standalone self-signed CA certificate bundled with an unrelated chain", async () => {
    const upload = await parseCertificateUpload(pem("chain") + pem("self-signed-openssl-default"));
    expect(names(upload)).toEqual([
      ["www.example.com", ["Certitude Test ECC Issuing CA", "Certitude Test Root CA"]],
      ["app.example.org", []],
    ]);
  });

  it("does not own an intermediate without basicConstraints: it issued the leaf", async () => {
    const upload = await parseCertificateUpload(pem("chain-intermediate-without-basic-constraints"));
    expect(names(upload)).toEqual([["legacy.example.com", ["Certitude Test Legacy CA", "Certitude Test Root CA"]]]);
  });

  it("links a chain on names equal by RFC 5280 (case, spaces, string type), not on bytes", async () => {
    const upload = await parseCertificateUpload(pem("chain-issuer-name-differs-in-case"));
    expect(names(upload)).toEqual([["names.example.com", ["Certitude Test ECC Issuing CA", "Certitude Test Root CA"]]]);
  });

  it("reads a chain in any order", async () => {
    const reversed = await parseCertificateUpload(pem("root") + pem("intermediate") + pem("leaf-rsa"));
    expect(names(reversed)).toEqual(names(await parseCertificateUpload(pem("chain"))));
  });
});

describe("PKCS#7 and PKCS#12 uploads", () => {
  it("reads a PEM PKCS#7 (.p7b) like the chain it holds", async () => {
    const upload = await parseCertificateUpload(pem("chain.p7b"));
    expect(names(upload)).toEqual(names(await parseCertificateUpload(pem("chain"))));
    expect(upload.endEntities[0].certificate.fingerprintSha256).toBe(
      (await parseCertificateUpload(pem("leaf-rsa"))).endEntities[0].certificate.fingerprintSha256,
    );
  });

  it("reads a DER PKCS#7 (.p7c) bundle", async () => {
    const upload = await parseCertificateUpload(new Uint8Array(readFileSync(path.join(certs, "bundle.p7c"))));
    expect(names(upload).map(([name]) => name)).toEqual(["www.example.com", "*.example.org", "gateway.example.net"]);
  });

  it("refuses PKCS#12 and says to export the certificate without its private key", async () => {
    await expect(
      parseCertificateUpload(new Uint8Array(readFileSync(path.join(certs, "leaf-rsa.p12")))),
    ).rejects.toMatchObject({
      code: "pkcs12",
      message: expect.stringContaining("Export the certificate without its private key"),
    });
  });

  it("recognises a DER file with a newline appended as the same certificate, and says so", async () => {
    const upload = await parseCertificateUpload(
      new Uint8Array(readFileSync(path.join(certs, "leaf-rsa-trailing-newline.der"))),
    );
    const plain = await parseCertificateUpload(new Uint8Array(readFileSync(path.join(certs, "leaf-rsa.der"))));
    expect(upload.endEntities[0].certificate.fingerprintSha256).toBe(
      plain.endEntities[0].certificate.fingerprintSha256,
    );
    expect(upload.warnings).toEqual([expect.stringContaining("ignored")]);
  });

  it("answers hostile megabytes with the error they deserve, without parsing them block by block", async () => {
    const unterminated = parseCertificateUpload("-----BEGIN A-----\n".repeat(60_000));
    await expect(unterminated).rejects.toMatchObject({
      code: "malformed_certificate",
      message: expect.stringContaining("no matching END"),
    });
    const tiny = parseCertificateUpload(
      "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".repeat(20_000),
    );
    await expect(tiny).rejects.toMatchObject({
      code: "malformed_certificate",
      message: expect.stringContaining("Certificate 1 of 1:"),
    });
    const sameTwice = parseCertificateUpload(`${pem("chain")}\n`.repeat(400));
    expect(names(await sameTwice)).toEqual(names(await parseCertificateUpload(pem("chain"))));
  });

  it(`refuses more than ${MAX_UPLOAD_CERTIFICATES} distinct certificates, saying how many there were`, async () => {
    const block = (i: number) =>
      `-----BEGIN CERTIFICATE-----\n${btoa(`certificate number ${i}`)}\n-----END CERTIFICATE-----\n`;
    const text = Array.from({ length: MAX_UPLOAD_CERTIFICATES + 1 }, (_, i) => block(i)).join("");
    await expect(parseCertificateUpload(text)).rejects.toMatchObject({
      code: "too_many_certificates",
      message: `An upload holds at most ${MAX_UPLOAD_CERTIFICATES} certificates; this one has ${MAX_UPLOAD_CERTIFICATES + 1}. Upload the bundle in parts.`,
    });
  });
});
