import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { certs, derOf } from "../../test/certs";
import type { Certificate } from "../certificates/schema";

type Stored = { certificates: Certificate[]; created: number };

async function upload(account: TestAccount, body: BodyInit, contentType: string) {
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as Stored };
}

describe("POST /api/certificates", () => {
  it("stores a PEM certificate with its parsed fields", async () => {
    const account = await createTestAccount();
    const { status, body } = await upload(account, certs.leafRsa, "application/x-pem-file");
    expect(status).toBe(201);
    expect(body.created).toBe(1);
    const [cert] = body.certificates;
    expect(cert).toMatchObject({
      commonName: "www.example.com",
      subject: "C=NL, O=Example Shipping BV, CN=www.example.com",
      sans: ["www.example.com", "example.com"],
      issuerCN: "Certitude Test ECC Issuing CA",
      issuerO: "Certitude Test PKI",
      notAfter: "2099-12-31T23:59:59.000Z",
      publicKeyAlgorithm: "RSA",
      publicKeySize: 2048,
      signatureAlgorithm: "ecdsa-with-SHA256",
      ocspUrls: ["http://ocsp.certitude-test-ca.example"],
      crlUrls: ["http://crl.certitude-test-ca.example/intermediate.crl"],
      selfSigned: false,
      intent: "undecided",
      autoRenew: false,
      orderNumbers: [],
      status: "active",
      externalId: null,
    });
    expect(cert.fingerprintSha256).toMatch(/^[0-9A-F]{64}$/);
    expect(cert.serialNumber).toMatch(/^[0-9A-F]+$/);
    const single = (await (await api(`/api/certificates/${cert.id}`, { token: account.token })).json()) as {
      certificate: Certificate;
    };
    expect(single.certificate.pem).toBe(certs.leafRsa);
    expect(single.certificate.chainPem).toBeNull();
  });

  it("keeps the CA certificates of a chain as the chain, not as owned certificates", async () => {
    const account = await createTestAccount();
    const { status, body } = await upload(account, certs.chain, "text/plain; charset=utf-8");
    expect(status).toBe(201);
    expect(body.certificates.map((c) => c.commonName)).toEqual(["www.example.com"]);
    const single = (await (
      await api(`/api/certificates/${body.certificates[0].id}`, { token: account.token })
    ).json()) as {
      certificate: Certificate;
    };
    expect(single.certificate.chainPem).toBe(certs.intermediate + certs.root);
    const list = (await (await api("/api/certificates", { token: account.token })).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it("makes a record of every end-entity certificate of a bundle", async () => {
    const account = await createTestAccount();
    const { body } = await upload(account, certs.bundle, "application/x-pem-file");
    expect(body.created).toBe(3);
    expect(body.certificates.map((c) => [c.commonName, c.publicKeyAlgorithm, c.publicKeySize])).toEqual([
      ["www.example.com", "RSA", 2048],
      ["*.example.org", "ECDSA", 384],
      ["gateway.example.net", "ECDSA", 256],
    ]);
    expect(body.certificates[2].ipAddresses).toEqual(["192.0.2.10", "2001:db8::10"]);
  });

  it("accepts one DER certificate as application/pkix-cert", async () => {
    const account = await createTestAccount();
    const { status, body } = await upload(account, derOf(certs.leafIp), "application/pkix-cert");
    expect(status).toBe(201);
    expect(body.certificates[0]).toMatchObject({ commonName: "gateway.example.net", sans: ["gateway.example.net"] });
  });

  it("tolerates CRLF line ends and text around the blocks", async () => {
    const account = await createTestAccount();
    const messy = `subject=CN = *.example.org\r\n${certs.leafEcdsaWildcard.replace(/\n/g, "\r\n")}\r\n-- pasted from the vendor portal --\r\n`;
    const { status, body } = await upload(account, messy, "application/x-pem-file");
    expect(status).toBe(201);
    expect(body.certificates[0].commonName).toBe("*.example.org");
  });

  it("takes a PEM in JSON with the owner's fields, and records the first intent", async () => {
    const account = await createTestAccount();
    const json = JSON.stringify({
      pem: certs.selfSigned,
      intent: "let-lapse",
      intentReason: "NAS is being retired",
      vendor: "self-signed",
      orderNumbers: [],
      notes: "Storage box in the Rotterdam office.",
      owner: "it@example.net",
      autoRenew: false,
    });
    const { status, body } = await upload(account, json, "application/json");
    expect(status).toBe(201);
    const [cert] = body.certificates;
    expect(cert).toMatchObject({
      selfSigned: true,
      intent: "let-lapse",
      intentReason: "NAS is being retired",
      owner: "it@example.net",
    });
    const history = (await (await api(`/api/certificates/${cert.id}/history`, { token: account.token })).json()) as {
      history: { fromIntent: string | null; toIntent: string; changedBy: string; reason: string }[];
    };
    expect(history.history).toMatchObject([
      { fromIntent: null, toIntent: "let-lapse", changedBy: "initial", reason: "NAS is being retired" },
    ]);
  });

  it("answers a certificate it already has with 200 and the existing record, changing nothing", async () => {
    const account = await createTestAccount();
    const first = await upload(
      account,
      JSON.stringify({ pem: certs.leafRsa, vendor: "Example CA" }),
      "application/json",
    );
    const again = await upload(
      account,
      JSON.stringify({ pem: certs.leafRsa, vendor: "Other", intent: "renew" }),
      "application/json",
    );
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ certificates: first.body.certificates, created: 0 });
    const asDer = await upload(account, derOf(certs.leafRsa), "application/pkix-cert");
    expect(asDer.status).toBe(200);
    expect(asDer.body.certificates[0].id).toBe(first.body.certificates[0].id);
    const mixed = await upload(account, certs.bundle, "application/x-pem-file");
    expect(mixed.status).toBe(201);
    expect(mixed.body.created).toBe(2);
    expect(mixed.body.certificates[0]).toEqual(first.body.certificates[0]);
  });

  it("stores a manual record without a PEM", async () => {
    const account = await createTestAccount();
    const record = {
      commonName: "shop.example.com",
      sans: ["shop.example.com"],
      notBefore: "2026-01-10",
      notAfter: "2099-01-10",
      vendor: "Example Trust",
      issuerCN: "Example Trust RSA CA 2024",
      orderNumbers: ["ET-55120"],
      intent: "renew",
      autoRenew: true,
      notes: "Web shop.",
    };
    const { status, body } = await upload(account, JSON.stringify(record), "application/json");
    expect(status).toBe(201);
    expect(body.certificates[0]).toMatchObject({
      ...record,
      notBefore: "2026-01-10T00:00:00.000Z",
      notAfter: "2099-01-10T00:00:00.000Z",
      fingerprintSha256: null,
      subject: null,
      status: "active",
    });
  });
});
