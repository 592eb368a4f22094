import { describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { addManualRecord } from "../../test/manual-records";
import type { Certificate, IntentChange } from "../certificates/schema";

const json = { "content-type": "application/json" };

async function patch(account: TestAccount, id: string, body: unknown, token = account.token) {
  const res = await api(`/api/certificates/${id}`, {
    method: "PATCH",
    token,
    headers: json,
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { certificate: Certificate } & { error?: { code: string; message: string } },
  };
}

async function history(account: TestAccount, id: string): Promise<IntentChange[]> {
  return (
    (await (await api(`/api/certificates/${id}/history`, { token: account.token })).json()) as {
      history: IntentChange[];
    }
  ).history;
}

async function tokenNamed(account: TestAccount, name: string): Promise<string> {
  const res = await api("/api/tokens", {
    method: "POST",
    token: account.token,
    headers: json,
    body: JSON.stringify({ name }),
  });
  return ((await res.json()) as { token: string }).token;
}

const record = {
  commonName: "portal.example.com",
  notAfter: "2099-06-30",
  vendor: "Example Trust",
  orderNumbers: ["A-1"],
};

describe("PATCH /api/certificates/:id and the intent history", () => {
  it("keeps every change of intent: who, when, from, to, why", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, record);
    const laptop = await tokenNamed(account, "anna@laptop");

    const first = await patch(account, cert.id, { intent: "renew", intentReason: "Customer portal stays" }, laptop);
    expect(first.status).toBe(200);
    expect(first.body.certificate).toMatchObject({ intent: "renew", intentReason: "Customer portal stays" });
    await patch(account, cert.id, { intent: "let-lapse", intentReason: "Portal moves to the new domain" });

    const changes = await history(account, cert.id);
    expect(changes).toMatchObject([
      {
        certificateId: cert.id,
        changedBy: "anna@laptop",
        fromIntent: "undecided",
        toIntent: "renew",
        reason: "Customer portal stays",
      },
      { changedBy: "initial", fromIntent: "renew", toIntent: "let-lapse", reason: "Portal moves to the new domain" },
    ]);
    expect(Date.parse(changes[0].changedAt)).toBeLessThanOrEqual(Date.parse(changes[1].changedAt));
  });

  it("keeps a blank reason as none", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, record);
    const { body } = await patch(account, cert.id, { intent: "renew", intentReason: "  " });
    expect(body.certificate.intentReason).toBeNull();
    expect((await history(account, cert.id))[0].reason).toBeNull();
  });

  it("adds no history entry when the intent stays the same or is not sent", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, { ...record, intent: "renew" });
    await patch(account, cert.id, { intent: "renew" });
    await patch(account, cert.id, { notes: "Renewal order placed" });
    expect((await history(account, cert.id)).map((h) => [h.fromIntent, h.toIntent])).toEqual([[null, "renew"]]);
  });

  it("changes owner-kept fields, clears with null, and bumps updatedAt", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, record);
    const { status, body } = await patch(account, cert.id, {
      vendor: null,
      orderNumbers: ["A-1", "A-2"],
      autoRenew: true,
      owner: "ops@example.com",
      notes: "Two orders",
    });
    expect(status).toBe(200);
    expect(body.certificate).toMatchObject({
      vendor: null,
      orderNumbers: ["A-1", "A-2"],
      autoRenew: true,
      owner: "ops@example.com",
      notes: "Two orders",
    });
    expect(body.certificate.updatedAt >= cert.updatedAt).toBe(true);
    expect(body.certificate.commonName).toBe("portal.example.com");
  });

  it("refuses a wrong intent, unknown fields, parsed fields and an empty patch", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, record);
    for (const [body, field] of [
      [{ intent: "maybe" }, "intent"],
      [{ commonName: "other.example.com" }, "commonName"],
      [{ owner: "nobody" }, "owner"],
      [{}, "at least one field"],
    ] as const) {
      const res = await patch(account, cert.id, body);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe("invalid_request");
      expect(res.body.error?.message).toContain(field);
    }
    expect(await history(account, cert.id)).toEqual([]);
  });
});

describe("GET and DELETE /api/certificates/:id", () => {
  it("reads one certificate and deletes it with its history", async () => {
    const account = await createTestAccount();
    const cert = await addManualRecord(account, { ...record, intent: "renew" });
    const got = await api(`/api/certificates/${cert.id}`, { token: account.token });
    expect(await got.json()).toEqual({ certificate: { ...cert, pem: null, chainPem: null } });

    const deleted = await api(`/api/certificates/${cert.id}`, { method: "DELETE", token: account.token });
    expect(deleted.status).toBe(204);
    for (const path of [`/api/certificates/${cert.id}`, `/api/certificates/${cert.id}/history`]) {
      const res = await api(path, { token: account.token });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    }
    const again = await api(`/api/certificates/${cert.id}`, { method: "DELETE", token: account.token });
    expect(again.status).toBe(404);
  });
});
