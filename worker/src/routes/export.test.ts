import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { demoEmails } from "../../test/demo-emails";
import { createKestrelAccount, type KestrelAccount, postNotice } from "../../test/kestrel";
import { runDaily } from "../../test/queues";
import { addTimelineEvent } from "../db/timeline-events";

afterEach(() => vi.restoreAllMocks());

interface ExportDocument {
  format: string;
  account: { id: string; name: string };
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

const json = { "content-type": "application/json" };

/** Every id replaced by its order of first appearance: equal only if rows and all references match. */
function canonical(tables: ExportDocument["tables"], accountId: string) {
  const seen = new Map<string, string>([[accountId, "account"]]);
  return JSON.parse(
    JSON.stringify(tables).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!seen.has(id)) seen.set(id, `id-${seen.size}`);
      return seen.get(id) as string;
    }),
  ) as ExportDocument["tables"];
}

async function exportOf(token: string): Promise<ExportDocument> {
  const res = await api("/api/export", { token });
  expect(res.status).toBe(200);
  return (await res.json()) as ExportDocument;
}

/** An account with something in every table: certificates, intent changes, notices, settings, alerts, deliveries, events. */
async function populatedAccount(): Promise<KestrelAccount> {
  const account = await createKestrelAccount();
  for (const [, raw] of demoEmails) await postNotice(account, raw);
  await api(`/api/certificates/${account.ids.k05}`, {
    method: "PATCH",
    token: account.token,
    headers: json,
    body: JSON.stringify({ intent: "renew", intentReason: "Porto stays" }),
  });
  await api("/api/settings", {
    method: "PUT",
    token: account.token,
    headers: json,
    body: JSON.stringify({
      webhook: { url: "https://hooks.kestrel.example/x", format: "json", secret: "whsec-0123456789abcdef" },
      forwardTo: "ops@kestrel-logistics.com",
    }),
  });
  await api("/api/inbound-addresses", { method: "POST", token: account.token });
  await addTimelineEvent(env.DB, {
    accountId: account.id,
    certificateId: account.ids.k01,
    occurredAt: "2026-11-20T10:00:00Z",
    type: "revocation-check",
    summary: "Not revoked",
    data: { certificateId: account.ids.k01 },
  });
  vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(null, { status: 500 }));
  await runDaily(new Date("2026-12-01T06:00:00Z"));
  return account;
}

describe("GET /api/export, POST /api/import", () => {
  it("round-trips an account into an empty one without losing anything", async () => {
    const source = await populatedAccount();
    const exported = await exportOf(source.token);
    expect(exported.format).toBe("certitude-export");
    for (const table of [
      "certificates",
      "intent_history",
      "notices",
      "timeline_events",
      "alerts",
      "alert_deliveries",
      "account_settings",
      "inbound_addresses",
    ]) {
      expect(exported.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect(JSON.stringify(exported)).not.toContain("token_hash");

    const target = await createTestAccount("Kestrel Logistics BV (restored)");
    const res = await api("/api/import", {
      method: "POST",
      token: target.token,
      headers: json,
      body: JSON.stringify(exported),
    });
    expect(res.status).toBe(201);
    const summary = (await res.json()) as {
      imported: Record<string, number>;
      skipped: Record<string, number>;
      skippedRows: { table: string; row: number; reason: string }[];
    };
    expect(summary.imported.notices).toBe(demoEmails.length);
    // The source account still holds its inbound address: an address is one account's only.
    expect(summary.skipped).toEqual({ inbound_addresses: 1 });
    expect(summary.skippedRows).toEqual([
      { table: "inbound_addresses", row: 1, reason: expect.stringContaining("held now or before by another account") },
    ]);

    const restored = await exportOf(target.token);
    const { inbound_addresses: _, ...sourceTables } = exported.tables;
    const { inbound_addresses: none, ...restoredTables } = restored.tables;
    expect(none).toEqual([]);
    expect(canonical(restoredTables, target.id)).toEqual(canonical(sourceTables, source.id));
    expect(restored.tables.certificates.map((c) => c.id)).not.toContain(exported.tables.certificates[0].id);

    // The restored account works: its notices point at its own certificates, and the cron does not alert again.
    const lyon = restored.tables.certificates.find((c) => c.external_id === "k04")?.id as string;
    const timeline = (await (await api(`/api/certificates/${lyon}/timeline`, { token: target.token })).json()) as {
      timeline: { type: string }[];
    };
    expect(timeline.timeline.filter((e) => e.type === "notice")).toHaveLength(3);
    const alertCount = () =>
      env.DB.prepare("SELECT COUNT(*) AS n FROM alerts WHERE account_id = ?1").bind(target.id).first<{ n: number }>();
    const before = await alertCount();
    await runDaily(new Date("2026-12-01T07:00:00Z"));
    expect(await alertCount()).toEqual(before);
  });

  it("gives an address back to the account that held it, but never to another one, even when the first account is gone", async () => {
    const source = await populatedAccount();
    const exported = await exportOf(source.token);
    const [{ address }] = exported.tables.inbound_addresses as { address: string }[];
    // The same account, emptied and restored from its export, has its address again.
    await env.DB.prepare("DELETE FROM certificates WHERE account_id = ?1").bind(source.id).run();
    for (const table of [
      "notices",
      "timeline_events",
      "alerts",
      "account_settings",
      "inbound_addresses",
      "revocation_checks",
    ]) {
      await env.DB.prepare(`DELETE FROM ${table} WHERE account_id = ?1`).bind(source.id).run();
    }
    const restored = await api("/api/import", {
      method: "POST",
      token: source.token,
      headers: json,
      body: JSON.stringify(exported),
    });
    expect(await restored.json()).toMatchObject({ skipped: {}, skippedRows: [] });

    await env.DB.prepare("DELETE FROM accounts WHERE id = ?1").bind(source.id).run();
    const target = await createTestAccount();
    const res = await api("/api/import", {
      method: "POST",
      token: target.token,
      headers: json,
      body: JSON.stringify(exported),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      skipped: { inbound_addresses: 1 },
      skippedRows: [{ table: "inbound_addresses", row: 1 }],
    });
    expect(await (await api("/api/inbound-addresses", { token: target.token })).json()).toEqual({
      inboundAddresses: [],
    });
    expect(JSON.stringify(exported)).toContain(address);
  });

  it("refuses an account that has data, unknown tables or columns, and a broken export, keeping nothing", async () => {
    const source = await populatedAccount();
    const exported = await exportOf(source.token);
    const busy = await createKestrelAccount("Busy BV");
    const conflict = await api("/api/import", {
      method: "POST",
      token: busy.token,
      headers: json,
      body: JSON.stringify(exported),
    });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { code: "account_not_empty" } });

    const target = await createTestAccount();
    const post = (doc: unknown) =>
      api("/api/import", { method: "POST", token: target.token, headers: json, body: JSON.stringify(doc) });
    const unknownTable = await post({ ...exported, tables: { ...exported.tables, api_tokens: [{ id: "x" }] } });
    expect(unknownTable.status).toBe(400);
    expect(((await unknownTable.json()) as { error: { message: string } }).error.message).toContain("api_tokens");
    const badColumn = await post({
      ...exported,
      tables: { notices: [{ ...exported.tables.notices[0], "x) VALUES (1); --": 1 }] },
    });
    expect(badColumn.status).toBe(400);
    const orphan = await post({ ...exported, tables: { intent_history: exported.tables.intent_history } });
    expect(orphan.status).toBe(400);
    expect(((await orphan.json()) as { error: { message: string } }).error.message).toContain("not in the export");
    const [first, ...rest] = exported.tables.certificates;
    const broken = await post({
      ...exported,
      tables: { ...exported.tables, certificates: [...rest, { ...first, intent: "maybe" }] },
    });
    expect(broken.status).toBe(400);
    const row = rest.length + 1;
    expect(await broken.json()).toMatchObject({
      error: {
        code: "invalid_request",
        message: expect.stringContaining(`table certificates, row ${row}, field intent`),
      },
    });
    const rolledOver = await post({
      ...exported,
      tables: { ...exported.tables, certificates: [{ ...first, not_after: "2027-02-31" }, ...rest] },
    });
    expect(await rolledOver.json()).toMatchObject({
      error: {
        code: "invalid_request",
        message: expect.stringContaining("table certificates, row 1, field not_after"),
      },
    });
    expect((await post({ format: "something-else" })).status).toBe(400);
    const after = await exportOf(target.token);
    expect(Object.values(after.tables).every((rows) => rows.length === 0)).toBe(true);
  });
});
