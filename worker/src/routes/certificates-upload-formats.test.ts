import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { certs, derOf } from "../../test/certs";
import type { Certificate } from "../certificates/schema";

type Answer = {
  certificates: Certificate[];
  created: number;
  warnings?: string[];
  error?: { code: string; message: string };
};

async function upload(account: TestAccount, body: BodyInit, contentType: string) {
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

describe("POST /api/certificates: the files people really have", () => {
  it("stores OpenSSL's default self-signed certificate (CA:TRUE) as the owned certificate", async () => {
    const { status, body } = await upload(
      await createTestAccount(),
      certs.selfSignedOpensslDefault,
      "application/x-pem-file",
    );
    expect(status).toBe(201);
    expect(body.certificates.map((c) => [c.commonName, c.selfSigned])).toEqual([["app.example.org", true]]);
  });

  it("reads a PKCS#7 bundle as DER (application/pkcs7-mime) and as PEM (application/x-pkcs7-certificates)", async () => {
    const account = await createTestAccount();
    const der = base64Of(certs.chainP7b);
    const first = await upload(account, der, "application/pkcs7-mime");
    expect(first.status).toBe(201);
    expect(first.body.certificates.map((c) => c.commonName)).toEqual(["www.example.com"]);
    const again = await upload(account, certs.chainP7b, "application/x-pkcs7-certificates");
    expect(again).toMatchObject({ status: 200, body: { created: 0 } });
  });

  it("refuses PKCS#12 with 422 and says to export the certificate without its private key", async () => {
    const { status, body } = await upload(
      await createTestAccount(),
      new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03]),
      "application/x-pkcs12",
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({
      code: "pkcs12",
      message: expect.stringContaining("Export the certificate without its private key"),
    });
  });

  it("recognises a DER file with a newline appended as the certificate it holds, and says what it ignored", async () => {
    const account = await createTestAccount();
    const der = derOf(certs.leafRsa);
    const first = await upload(account, der, "application/pkix-cert");
    const withNewline = new Uint8Array([...der, 0x0a]);
    const second = await upload(account, withNewline, "application/pkix-cert");
    expect(second.status).toBe(200);
    expect(second.body.certificates[0].fingerprintSha256).toBe(first.body.certificates[0].fingerprintSha256);
    expect(second.body.warnings).toEqual([expect.stringContaining("1 byte after the certificate")]);
    expect(first.body.warnings).toBeUndefined();
  });

  it("names an IP-only certificate by its IP address", async () => {
    const { body } = await upload(await createTestAccount(), certs.leafIpOnly, "application/x-pem-file");
    expect(body.certificates[0]).toMatchObject({ commonName: "192.0.2.7", ipAddresses: ["192.0.2.7", "2001:db8::7"] });
  });
});

function base64Of(pem: string): Uint8Array<ArrayBuffer> {
  return derOf(pem.replace(/PKCS7/g, "CERTIFICATE"));
}
