import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { certs } from "../../test/certs";
import { addManualRecord } from "../../test/manual-records";
import type { Certificate } from "../certificates/schema";
import { listCertificateRecords } from "../db/certificates";

function uploadLeaf(token: string) {
  return api("/api/certificates", {
    method: "POST",
    token,
    headers: { "content-type": "application/x-pem-file" },
    body: certs.leafRsa,
  });
}

describe("account isolation", () => {
  it("answers 404 for another account's certificate on every route and changes nothing", async () => {
    const mine = await createTestAccount("Mine BV");
    const theirs = await createTestAccount("Theirs GmbH");
    const their = await addManualRecord(theirs, {
      commonName: "secret.example.de",
      notAfter: "2099-01-01",
      intent: "renew",
    });

    const attempts: [string, RequestInit][] = [
      [`/api/certificates/${their.id}`, {}],
      [`/api/certificates/${their.id}/history`, {}],
      [
        `/api/certificates/${their.id}`,
        { method: "PATCH", headers: { "content-type": "application/json" }, body: '{"intent":"let-lapse"}' },
      ],
      [`/api/certificates/${their.id}`, { method: "DELETE" }],
    ];
    for (const [path, init] of attempts) {
      const res = await api(path, { ...init, token: mine.token });
      expect(res.status, `${init.method ?? "GET"} ${path}`).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: "not_found", message: "No certificate with this id in your account." },
      });
      expect(text).not.toContain("secret.example.de");
    }

    const still = await api(`/api/certificates/${their.id}`, { token: theirs.token });
    expect(((await still.json()) as { certificate: Certificate }).certificate.intent).toBe("renew");
    const history = await api(`/api/certificates/${their.id}/history`, { token: theirs.token });
    expect(((await history.json()) as { history: unknown[] }).history).toHaveLength(1);
  });

  it("lists, searches and imports only within the caller's account", async () => {
    const mine = await createTestAccount("Mine BV");
    const theirs = await createTestAccount("Theirs GmbH");
    await addManualRecord(theirs, { commonName: "www.example.com", notAfter: "2099-01-01" });
    expect((await uploadLeaf(theirs.token)).status).toBe(201);

    for (const query of ["", "?q=www.example.com", "?status=active"]) {
      const res = await api(`/api/certificates${query}`, { token: mine.token });
      expect(await res.json()).toMatchObject({ certificates: [], total: 0 });
    }
    // The same PEM in my account is a new record of mine, not theirs answered back.
    expect((await uploadLeaf(mine.token)).status).toBe(201);
    const imported = await api("/api/certificates/import", {
      method: "POST",
      token: mine.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ certificates: [{ id: "k01", commonName: "a.example.com", notAfter: "2099-01-01" }] }),
    });
    expect(imported.status).toBe(201);

    expect((await listCertificateRecords(env.DB, mine.id)).map((r) => r.commonName).sort()).toEqual([
      "a.example.com",
      "www.example.com",
    ]);
    expect((await listCertificateRecords(env.DB, theirs.id)).map((r) => r.commonName)).toEqual([
      "www.example.com",
      "www.example.com",
    ]);
  });
});
