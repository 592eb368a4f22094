import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { certs } from "../../test/certs";
import { derToPem } from "../../../shared/x509/pem";

type ErrorBody = { error: { code: string; message: string } };

async function post(account: TestAccount, body: BodyInit, contentType?: string, path = "/api/certificates") {
  const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
  const res = await api(path, { method: "POST", token: account.token, headers, body });
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

async function privateKeyPem(): Promise<string> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
  ])) as CryptoKeyPair;
  return derToPem(
    new Uint8Array((await crypto.subtle.exportKey("pkcs8", pair.privateKey)) as ArrayBuffer),
    "PRIVATE KEY",
  );
}

async function expectNothingStored(account: TestAccount) {
  const list = (await (await api("/api/certificates", { token: account.token })).json()) as { total: number };
  expect(list.total).toBe(0);
}

describe("bad input to POST /api/certificates", () => {
  it("refuses a PEM that holds a private key, and says keys are never stored", async () => {
    const account = await createTestAccount();
    for (const [body, type] of [
      [certs.leafRsa + (await privateKeyPem()), "application/x-pem-file"],
      [JSON.stringify({ pem: certs.chain + (await privateKeyPem()) }), "application/json"],
    ]) {
      const res = await post(account, body, type);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("private_key");
      expect(res.body.error.message).toContain("never stores keys");
    }
    await expectNothingStored(account);
  });

  it("refuses malformed and truncated PEM with 400", async () => {
    const account = await createTestAccount();
    const truncated = certs.leafRsa.slice(0, 300);
    const corrupted = certs.leafRsa.replace(/\n[A-Za-z0-9+/]{64}\n/, `\n${"A".repeat(64)}\n`);
    for (const body of [truncated, corrupted, "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"]) {
      const res = await post(account, body, "application/x-pem-file");
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("malformed_certificate");
    }
    const none = await post(account, "just some text", "text/plain");
    expect(none).toMatchObject({ status: 400, body: { error: { code: "no_certificate" } } });
    const garbageDer = await post(account, new Uint8Array([0x30, 0x82, 0x01, 0x00, 1, 2, 3]), "application/pkix-cert");
    expect(garbageDer).toMatchObject({ status: 400, body: { error: { code: "malformed_certificate" } } });
    await expectNothingStored(account);
  });

  it("answers a megabyte of hostile PEM with a 400, and too many certificates with their own code", async () => {
    const account = await createTestAccount();
    const hostile = await post(account, "-----BEGIN A-----\n".repeat(55_000), "application/x-pem-file");
    expect(hostile).toMatchObject({
      status: 400,
      body: { error: { code: "malformed_certificate", message: expect.stringContaining("no matching END") } },
    });
    const block = (i: number) => `-----BEGIN CERTIFICATE-----\n${btoa(`block ${i}`)}\n-----END CERTIFICATE-----\n`;
    const many = await post(account, Array.from({ length: 51 }, (_, i) => block(i)).join(""), "application/x-pem-file");
    expect(many).toMatchObject({
      status: 400,
      body: { error: { code: "too_many_certificates", message: expect.stringContaining("at most 50") } },
    });
    await expectNothingStored(account);
  });

  it("refuses an upload of CA certificates only", async () => {
    const account = await createTestAccount();
    const res = await post(account, certs.intermediate + certs.root, "application/x-pem-file");
    expect(res).toMatchObject({ status: 422, body: { error: { code: "no_end_entity" } } });
  });

  it("names unknown JSON fields and wrong values", async () => {
    const account = await createTestAccount();
    const cases: [unknown, string][] = [
      [{ pem: certs.leafRsa, color: "blue" }, "color"],
      [{ commonName: "a.example.com", notAfter: "2099-01-01", priority: 1 }, "priority"],
      [{ pem: certs.leafRsa, intent: "maybe" }, "intent"],
      [{ commonName: "a.example.com", notAfter: "2099-01-01", intent: "keep" }, "intent"],
      [{ commonName: "a.example.com", notAfter: "soon" }, "notAfter"],
      [{ commonName: "a.example.com", notAfter: "2099-01-01", owner: "not-an-email" }, "owner"],
      [{ notAfter: "2099-01-01" }, "commonName"],
      [{ commonName: "a.example.com", notBefore: "2099-02-01", notAfter: "2099-01-01" }, "notAfter must be later"],
      [[1, 2], "expected object"],
    ];
    for (const [body, field] of cases) {
      const res = await post(account, JSON.stringify(body), "application/json");
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
      expect(res.body.error.message).toContain(field);
    }
    await expectNothingStored(account);
  });

  it("refuses a manual record's date that is not a real day or names no instant, and stores nothing", async () => {
    const account = await createTestAccount();
    const cases: [string, string][] = [
      ["2027-02-31", "real date"],
      ["2027-13-01", "real date"],
      ["2027-02-10T10:00:00", "Z or an offset"],
      ["2027-02-10 10:00", "Z or an offset"],
    ];
    for (const [notAfter, words] of cases) {
      const res = await post(account, JSON.stringify({ commonName: "a.example.com", notAfter }), "application/json");
      expect(res.status, notAfter).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
      expect(res.body.error.message).toContain("notAfter");
      expect(res.body.error.message).toContain(words);
    }
    const inventory = { certificates: [{ id: "x1", commonName: "a.example.com", notAfter: "2027-02-29" }] };
    const imported = await post(account, JSON.stringify(inventory), "application/json", "/api/certificates/import");
    expect(imported.status).toBe(400);
    expect(imported.body.error.message).toContain("certificates.0.notAfter");
    await expectNothingStored(account);
  });

  it("keeps a manual record's date, and a date-time with its offset, as the instant it names", async () => {
    const account = await createTestAccount();
    for (const [notAfter, stored] of [
      ["2028-02-29", "2028-02-29T00:00:00.000Z"],
      ["2027-02-10T10:00:00+02:00", "2027-02-10T08:00:00.000Z"],
    ]) {
      const res = await api("/api/certificates", {
        method: "POST",
        token: account.token,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ commonName: `d${notAfter.length}.example.com`, notAfter }),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { certificates: { notAfter: string }[] };
      expect(body.certificates[0].notAfter).toBe(stored);
    }
  });

  it("answers malformed JSON with 400", async () => {
    const account = await createTestAccount();
    const res = await post(account, '{"pem": "-----BEGIN', "application/json");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
  });

  it("refuses a body over 1 MB with 413", async () => {
    const account = await createTestAccount();
    const huge = certs.leafRsa + "x".repeat(1024 * 1024);
    const res = await post(account, huge, "application/x-pem-file");
    expect(res).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
    const imported = await post(
      account,
      JSON.stringify({ certificates: [], pad: "x".repeat(1024 * 1024) }),
      "application/json",
      "/api/certificates/import",
    );
    expect(imported.status).toBe(413);
  });

  it("refuses a wrong or missing content type with 415", async () => {
    const account = await createTestAccount();
    const pemBytes = new TextEncoder().encode(certs.leafRsa);
    for (const type of ["application/xml", "multipart/form-data; boundary=x", undefined]) {
      const res = await post(account, pemBytes, type);
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
      expect(res.body.error.message).toContain(`Content-Type ${type ?? "(none)"} is not accepted`);
    }
    const toAccounts = await api("/api/tokens", {
      method: "POST",
      token: account.token,
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(toAccounts.status).toBe(415);
    expect(await toAccounts.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
  });

  it("needs a valid token", async () => {
    const res = await api("/api/certificates", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: certs.leafRsa,
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
    const bad = await api("/api/certificates", { token: "ctk_not-a-real-token" });
    expect(bad.status).toBe(401);
  });
});
