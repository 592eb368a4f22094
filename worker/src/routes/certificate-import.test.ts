import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import inventoryText from "../../../test/fixtures/inventory.json?raw";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import type { Certificate } from "../certificates/schema";
import { listCertificateRecords } from "../db/certificates";

type Stored = { certificates: Certificate[]; created: number };
type InventoryFile = {
  owner: string;
  certificates: { id: string; commonName: string; intent: string; notAfter: string }[];
};

const inventory = JSON.parse(inventoryText) as InventoryFile;

async function importBody(account: TestAccount, body: unknown) {
  const res = await api("/api/certificates/import", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Stored & { error?: { code: string; message: string } } };
}

describe("POST /api/certificates/import", () => {
  it("imports an inventory file as is, keeping each id as externalId", async () => {
    const account = await createTestAccount();
    const { status, body } = await importBody(account, inventory);
    expect(status).toBe(201);
    expect(body.created).toBe(inventory.certificates.length);
    expect(body.certificates.map((c) => c.externalId)).toEqual(inventory.certificates.map((c) => c.id));
    const first = inventory.certificates[0];
    expect(body.certificates[0]).toMatchObject({
      commonName: first.commonName,
      intent: first.intent,
      notAfter: new Date(first.notAfter).toISOString(),
    });
    const records = await listCertificateRecords(env.DB, account.id);
    expect(records).toHaveLength(inventory.certificates.length);
    const decided = inventory.certificates.filter((c) => c.intent !== "undecided").length;
    const history = await env.DB.prepare("SELECT count(*) AS n FROM intent_history WHERE account_id = ?1")
      .bind(account.id)
      .first<{ n: number }>();
    expect(history?.n).toBe(decided);
  });

  it("is idempotent: importing the same file again changes nothing", async () => {
    const account = await createTestAccount();
    const first = await importBody(account, inventory);
    const again = await importBody(account, inventory);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ certificates: first.body.certificates, created: 0 });
    expect(await listCertificateRecords(env.DB, account.id)).toHaveLength(inventory.certificates.length);
  });

  it("accepts a bare array of records", async () => {
    const account = await createTestAccount();
    const { status, body } = await importBody(account, inventory.certificates.slice(0, 2));
    expect(status).toBe(201);
    expect(body.created).toBe(2);
  });

  it("is all or nothing: one bad record stores none and names the record", async () => {
    const account = await createTestAccount();
    const records = inventory.certificates.map((c, i) => (i === 3 ? { ...c, intent: "someday" } : c));
    const { status, body } = await importBody(account, { certificates: records });
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_request");
    expect(body.error?.message).toContain("certificates.3.intent");
    expect(await listCertificateRecords(env.DB, account.id)).toEqual([]);
  });

  it("refuses unknown fields, duplicate ids and a document without certificates", async () => {
    const account = await createTestAccount();
    const cases: [unknown, string][] = [
      [{ certificates: [{ ...inventory.certificates[0], colour: "red" }] }, "colour"],
      [{ certificates: [inventory.certificates[0], inventory.certificates[0]] }, "certificates.1.id"],
      [
        {
          certificates: [
            { ...inventory.certificates[0], fingerprintSha256: "AB".repeat(32) },
            { ...inventory.certificates[1], fingerprintSha256: "ab".repeat(32) },
          ],
        },
        "certificates.1.fingerprintSha256",
      ],
      [{ owner: "Example BV" }, "certificates"],
      [{ certificates: [], extra: 1 }, "extra"],
    ];
    for (const [body, text] of cases) {
      const res = await importBody(account, body);
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toContain(text);
    }
    expect(await listCertificateRecords(env.DB, account.id)).toEqual([]);
  });
});
