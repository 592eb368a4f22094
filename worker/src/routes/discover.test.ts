import "reflect-metadata";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api, createTestAccount, type TestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { CtSearchPeer } from "../../test/peers/ct-search";
import { routeFetchToPeers, silentPeer } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";

const DAY = 86_400_000;
const json = { "content-type": "application/json" };
let ca: TestCa;
let peer: CtSearchPeer;
let account: TestAccount;

beforeAll(async () => {
  ca = await createTestCa();
  peer = new CtSearchPeer();
  account = await createTestAccount();
  const now = Date.now();
  const window = { notBefore: new Date(now - 5 * DAY), notAfter: new Date(now + 85 * DAY) };
  const names = ["portal.kestrel.test", "www.portal.kestrel.test"];
  const owned = await ca.issue({ names: ["kestrel.test"], serialNumber: "00c0ffee01", ...window });
  await storeOwnedCertificate(account.id, owned, { intent: "renew" });
  peer.log(
    owned,
    await ca.issue({ names, serialNumber: "5a5a5a5a", precertificate: true, ...window }),
    await ca.issue({ names, serialNumber: "5a5a5a5a", ...window }),
  );
});
afterEach(() => vi.restoreAllMocks());

function post(path: string, body: unknown) {
  return api(path, { method: "POST", token: account.token, headers: json, body: JSON.stringify(body) });
}

describe("POST /api/discover", () => {
  it("lists CT issuances of the domain, merged and with owned ones marked", async () => {
    routeFetchToPeers({ "crt.sh": peer.handle });
    const res = await post("/api/discover", { domain: "Kestrel.test", includeSubdomains: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      provider: string;
      candidates: { serialNumber: string; owned: boolean; entries: number; certificateId: string | null }[];
    };
    expect(body.provider).toBe("crtsh");
    const bySerial = Object.fromEntries(body.candidates.map((c) => [c.serialNumber, c]));
    expect(bySerial["C0FFEE01"]).toMatchObject({ owned: true, certificateId: expect.any(String) });
    expect(bySerial["5A5A5A5A"]).toMatchObject({ owned: false, entries: 2, certificateId: null });
  });

  it("refuses something that is not a domain", async () => {
    for (const domain of ["*.kestrel.test", "https://kestrel.test/", "kestrel"]) {
      const res = await post("/api/discover", { domain });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_request" } });
    }
  });

  it("says clearly when the CT service rate-limits or does not answer", async () => {
    routeFetchToPeers({ "crt.sh": () => new Response("", { status: 429, headers: { "retry-after": "30" } }) });
    const limited = await post("/api/discover", { domain: "kestrel.test" });
    expect(limited.status).toBe(503);
    expect(await limited.json()).toMatchObject({
      error: { code: "ct_rate_limited", message: expect.stringContaining("Retry-After: 30") },
    });
    vi.restoreAllMocks();
    routeFetchToPeers({ "crt.sh": silentPeer });
    const silent = await post("/api/discover", { domain: "kestrel.test" });
    expect(silent.status).toBe(502);
    expect(await silent.json()).toMatchObject({
      error: { code: "ct_unavailable", message: expect.stringContaining("did not answer") },
    });
  });
});

describe("POST /api/discover/import", () => {
  it("imports the final certificate of a chosen issuance, once", async () => {
    routeFetchToPeers({ "crt.sh": peer.handle });
    const found = (await (await post("/api/discover", { domain: "kestrel.test" })).json()) as {
      candidates: { id: string; serialNumber: string }[];
    };
    const portal = found.candidates.find((c) => c.serialNumber === "5A5A5A5A")!;
    const res = await post("/api/discover/import", {
      domain: "kestrel.test",
      ids: [portal.id, "crtsh:1"],
      intent: "renew",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      imported: { certificateId: string; created: boolean }[];
      failed: { id: string; error: string }[];
    };
    expect(body.imported).toEqual([
      expect.objectContaining({ id: portal.id, created: true, commonName: "portal.kestrel.test" }),
    ]);
    expect(body.failed).toEqual([
      { id: "crtsh:1", error: "crtsh:1 is not among the certificates CT lists for kestrel.test" },
    ]);
    const row = await env.DB.prepare("SELECT serial_number, intent, pem FROM certificates WHERE id = ?1")
      .bind(body.imported[0].certificateId)
      .first<{ serial_number: string; intent: string; pem: string }>();
    expect(row).toMatchObject({
      serial_number: "5A5A5A5A",
      intent: "renew",
      pem: expect.stringContaining("BEGIN CERTIFICATE"),
    });

    const again = (await (
      await post("/api/discover/import", { domain: "kestrel.test", ids: [portal.id] })
    ).json()) as typeof body;
    expect(again.imported[0]).toMatchObject({ certificateId: body.imported[0].certificateId, created: false });
  });

  it("refuses a certificate the CT service hands out in place of the one it listed", async () => {
    const window = { notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 89 * DAY) };
    const [listed] = peer.log(await ca.issue({ names: ["billing.kestrel.test"], serialNumber: "b111b111", ...window }));
    peer.substitute(listed, await ca.issue({ names: ["billing.kestrel.test"], serialNumber: "e7e7e7e7", ...window }));
    routeFetchToPeers({ "crt.sh": peer.handle });
    const found = (await (await post("/api/discover", { domain: "kestrel.test", includeSubdomains: true })).json()) as {
      candidates: { id: string; serialNumber: string }[];
    };
    const billing = found.candidates.find((c) => c.serialNumber === "B111B111")!;
    const res = await post("/api/discover/import", {
      domain: "kestrel.test",
      includeSubdomains: true,
      ids: [billing.id],
    });
    const body = (await res.json()) as { imported: unknown[]; failed: { id: string; error: string }[] };
    expect(body.imported).toEqual([]);
    expect(body.failed).toEqual([
      {
        id: billing.id,
        error:
          "the CT service handed out another certificate than the one it listed (serial E7E7E7E7, listed B111B111); it was not imported",
      },
    ]);
    const stored = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM certificates WHERE account_id = ?1 AND serial_number IN ('B111B111', 'E7E7E7E7')",
    )
      .bind(account.id)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });
});
