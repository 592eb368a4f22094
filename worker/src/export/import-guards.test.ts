import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api, createTestAccount, type TestAccount } from "../../test/accounts";
import { demoEmails } from "../../test/demo-emails";
import { createKestrelAccount, postNotice } from "../../test/kestrel";
import { findInboundAccount } from "../db/inbound-addresses";

type Tables = Record<string, Record<string, unknown>[]>;
interface ExportDocument {
  format: string;
  version: number;
  exportedAt: string;
  account: { id: string; name: string };
  tables: Tables;
}

const json = { "content-type": "application/json" };
let exported: ExportDocument;

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  const source = await createKestrelAccount("Source BV");
  for (const [, raw] of demoEmails.slice(0, 4)) await postNotice(source, raw);
  await api("/api/settings", {
    method: "PUT",
    token: source.token,
    headers: json,
    body: JSON.stringify({ expiryThresholds: [30, 7] }),
  });
  exported = (await (await api("/api/export", { token: source.token })).json()) as ExportDocument;
  // The source account is gone: only the export remains, as an attacker would hold it.
  await env.DB.prepare("DELETE FROM accounts WHERE id = ?1").bind(source.id).run();
});

function withTables(tables: Tables): ExportDocument {
  return { ...exported, tables: { ...exported.tables, ...tables } };
}

function postImport(account: TestAccount, document: unknown): Promise<Response> {
  return api("/api/import", { method: "POST", token: account.token, headers: json, body: JSON.stringify(document) });
}

async function rowsOf(accountId: string): Promise<number> {
  let n = 0;
  for (const table of [
    "certificates",
    "notices",
    "intent_history",
    "account_settings",
    "inbound_addresses",
    "timeline_events",
    "alerts",
  ]) {
    n +=
      (
        await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE account_id = ?1`)
          .bind(accountId)
          .first<{ n: number }>()
      )?.n ?? 0;
  }
  return n;
}

describe("POST /api/import refuses to hand over inbound addresses", () => {
  it("leaves out and reports catch-all, foreign-domain and other accounts' addresses, deleted ones included", async () => {
    const victim = await createTestAccount("Victim BV");
    const { inboundAddress: current } = (await (
      await api("/api/inbound-addresses", { method: "POST", token: victim.token })
    ).json()) as { inboundAddress: { address: string } };
    const { inboundAddress: deleted } = (await (
      await api("/api/inbound-addresses", { method: "POST", token: victim.token })
    ).json()) as { inboundAddress: { address: string } };
    await api(`/api/inbound-addresses/${encodeURIComponent(deleted.address)}`, {
      method: "DELETE",
      token: victim.token,
    });
    const attacker = await createTestAccount("Attacker BV");
    const at = "2026-11-01T00:00:00.000Z";
    const addresses = [
      "notices@certitude.example",
      "postmaster@certitude.example",
      "notices+abc123@elsewhere.example",
      current.address.toUpperCase(),
      deleted.address,
      "NOTICES+Mine2026@Certitude.Example",
    ];
    const res = await postImport(
      attacker,
      withTables({ inbound_addresses: addresses.map((address) => ({ address, created_at: at })) }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      skipped: Record<string, number>;
      skippedRows: { row: number; reason: string }[];
    };
    expect(body.skipped).toEqual({ inbound_addresses: 5 });
    expect(body.skippedRows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(body.skippedRows[3].reason).toContain("another account");
    // Only the address of the right form that nobody ever held was taken, lower-cased.
    expect(await (await api("/api/inbound-addresses", { token: attacker.token })).json()).toMatchObject({
      inboundAddresses: [{ address: "notices+mine2026@certitude.example" }],
    });
    expect(await findInboundAccount(env.DB, current.address)).toBe(victim.id);
    expect(await findInboundAccount(env.DB, deleted.address)).toBeNull();
    expect(await findInboundAccount(env.DB, "postmaster@certitude.example")).toBeNull();
  });

  it("never creates an address that was ever held, and the database itself refuses to move one", async () => {
    const first = await createTestAccount("First BV");
    const fixed = (bytes: Uint8Array) => bytes.fill(7);
    vi.spyOn(crypto, "getRandomValues").mockImplementationOnce(fixed as typeof crypto.getRandomValues);
    const { inboundAddress } = (await (
      await api("/api/inbound-addresses", { method: "POST", token: first.token })
    ).json()) as { inboundAddress: { address: string } };
    await api(`/api/inbound-addresses/${encodeURIComponent(inboundAddress.address)}`, {
      method: "DELETE",
      token: first.token,
    });

    const second = await createTestAccount("Second BV");
    // The first random tag drawn is the tombstoned one: another is drawn.
    vi.spyOn(crypto, "getRandomValues").mockImplementationOnce(fixed as typeof crypto.getRandomValues);
    const created = await api("/api/inbound-addresses", { method: "POST", token: second.token });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { inboundAddress: { address: string } }).inboundAddress.address).not.toBe(
      inboundAddress.address,
    );
    const insert = env.DB.prepare(
      "INSERT INTO inbound_addresses (address, account_id, created_at) VALUES (?1, ?2, '2026-01-01T00:00:00Z')",
    );
    await expect(insert.bind(inboundAddress.address, second.id).run()).rejects.toThrow(/held by another account/);
  });
});

describe("POST /api/import checks every row before writing", () => {
  const cases: [string, () => Tables, string][] = [
    [
      "sans that is not JSON",
      () => ({ certificates: [{ ...exported.tables.certificates[0], sans: "not json" }] }),
      "table certificates, row 1, field sans",
    ],
    [
      "thresholds that are not JSON",
      () => ({ account_settings: [{ ...exported.tables.account_settings[0], expiry_thresholds: "[" }] }),
      "table account_settings, row 1, field expiry_thresholds",
    ],
    [
      "an assessment of the wrong shape",
      () => ({ notices: [exported.tables.notices[0], { ...exported.tables.notices[1], assessment: "{}" }] }),
      "table notices, row 2, field assessment",
    ],
    [
      "a date that is no date",
      () => ({ certificates: [{ ...exported.tables.certificates[0], not_after: "soon" }] }),
      "field not_after",
    ],
    [
      "a NOT NULL column given as null",
      () => ({ notices: [{ ...exported.tables.notices[0], subject: null }] }),
      "table notices, row 1, field subject",
    ],
    [
      "a NOT NULL column left out",
      () => ({ notices: [{ ...exported.tables.notices[0], text_preview: undefined }] }),
      "table notices, row 1, field text_preview",
    ],
    [
      "a NOT NULL column with a default given as null",
      () => ({ certificates: [{ ...exported.tables.certificates[0], ip_addresses: null }] }),
      "field ip_addresses",
    ],
    [
      "a text where a number belongs",
      () => ({ notices: [{ ...exported.tables.notices[0], raw_size: "12" }] }),
      "field raw_size",
    ],
  ];
  for (const [what, tables, where] of cases) {
    it(`answers 400 naming table, row and field for ${what}, and writes nothing`, async () => {
      const target = await createTestAccount();
      const res = await postImport(target, withTables(tables()));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        error: { code: "invalid_request", message: expect.stringContaining(where) },
      });
      expect(await rowsOf(target.id)).toBe(0);
    });
  }
});

describe("POST /api/import, one at a time", () => {
  it("answers 409 conflict to an import that meets another one's claim, touching nothing", async () => {
    const target = await createTestAccount();
    await env.DB.prepare("INSERT INTO import_claims (account_id, claim_id, claimed_at) VALUES (?1, 'other', ?2)")
      .bind(target.id, new Date().toISOString())
      .run();
    const res = await postImport(target, exported);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: "conflict" } });
    expect(await rowsOf(target.id)).toBe(0);
    expect(
      await env.DB.prepare("SELECT claim_id FROM import_claims WHERE account_id = ?1").bind(target.id).first(),
    ).toEqual({ claim_id: "other" });
  });

  it("keeps the winner's rows when two imports race (several trials)", async () => {
    for (let trial = 0; trial < 6; trial++) {
      const target = await createTestAccount();
      const answers = await Promise.all([postImport(target, exported), postImport(target, exported)]);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses, `trial ${trial}`).toEqual([201, 409]);
      const loser = (await answers.find((a) => a.status === 409)?.json()) as { error: { code: string } };
      expect(["conflict", "account_not_empty"]).toContain(loser.error.code);
      const after = (await (await api("/api/export", { token: target.token })).json()) as ExportDocument;
      for (const table of ["certificates", "notices", "intent_history", "account_settings"]) {
        expect(after.tables[table].length, `${table}, trial ${trial}`).toBe(exported.tables[table].length);
      }
    }
  });

  it("rolls back only its own rows, and says nothing of D1's error", async () => {
    const target = await createTestAccount();
    // Another writer adds a row to the account while the import runs (here, with the import's first batch).
    await env.DB.prepare(
      `CREATE TRIGGER concurrent_writer AFTER INSERT ON certificates WHEN NEW.account_id = '${target.id}' AND NEW.common_name = 'pad-0.example'
       BEGIN INSERT INTO timeline_events (id, account_id, occurred_at, type, summary) VALUES ('concurrent', NEW.account_id, '2026-01-01T00:00:00Z', 'note', 'Written by someone else'); END`,
    ).run();
    const template =
      exported.tables.certificates.find((c) => c.fingerprint_sha256 === null) ?? exported.tables.certificates[0];
    const padding = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      id: crypto.randomUUID(),
      external_id: null,
      fingerprint_sha256: null,
      common_name: `pad-${i}.example`,
    }));
    const [notice] = exported.tables.notices;
    // Two notices with one dedupe key: a UNIQUE conflict only the database sees, in the second batch.
    const res = await postImport(
      target,
      withTables({
        certificates: [...exported.tables.certificates, ...padding],
        notices: [notice, { ...notice, id: crypto.randomUUID() }],
      }),
    );
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "import_failed" } });
    expect(text).not.toMatch(/D1|SQLITE|UNIQUE|constraint failed/);
    const left = await env.DB.prepare("SELECT id FROM timeline_events WHERE account_id = ?1").bind(target.id).all();
    expect(left.results).toEqual([{ id: "concurrent" }]);
    expect(await rowsOf(target.id)).toBe(1);
    await env.DB.prepare("DROP TRIGGER concurrent_writer").run();
  });
});
