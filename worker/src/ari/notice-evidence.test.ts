import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import misleading from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import { createKestrelAccount } from "../../test/kestrel";
import { ingestNotice } from "../notices/ingest";

afterEach(() => vi.restoreAllMocks());

it("cites the CA's renewal window on a notice that claims a revocation", async () => {
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network is unreachable in tests"));
  const account = await createKestrelAccount();
  // The notice (GoDaddy, "revoked for payment") concerns Lyon; its CA's window is the usual one.
  await env.DB.prepare(
    `UPDATE certificates SET ari_window_start = '2026-02-10T00:00:00Z', ari_window_end = '2026-02-12T00:00:00Z',
       ari_checked_at = '2026-03-17T06:00:00.000Z', ari_directory = 'https://acme-v02.api.letsencrypt.org/directory' WHERE id = ?1`,
  )
    .bind(account.ids.k04)
    .run();
  const { assessment } = await ingestNotice(env, {
    accountId: account.id,
    raw: misleading,
    source: "api",
    receivedAt: new Date("2026-03-18T09:00:00Z"),
    store: false,
  });
  expect(assessment.certificate).toBe(account.ids.k04);
  const reason = assessment.reasons.find((r) => r.code.startsWith("ca-renewal-window"));
  expect(reason).toMatchObject({
    code: "ca-renewal-window-normal",
    facts: {
      windowStart: "2026-02-10T00:00:00Z",
      windowEnd: "2026-02-12T00:00:00Z",
      explanationURL: null,
      early: false,
    },
  });
  expect(reason?.message).toContain("(checked 2026-03-17) suggests renewing 2026-02-10 to 2026-02-12");

  await env.DB.prepare("UPDATE certificates SET ari_explanation_url = 'https://ca.example/incident/42' WHERE id = ?1")
    .bind(account.ids.k04)
    .run();
  const again = await ingestNotice(env, {
    accountId: account.id,
    raw: misleading,
    source: "api",
    receivedAt: new Date("2026-03-18T09:00:00Z"),
    store: false,
  });
  const early = again.assessment.reasons.find((r) => r.code.startsWith("ca-renewal-window"));
  expect(early?.code).toBe("ca-renewal-window-early");
  expect(early?.message).toContain("explained at https://ca.example/incident/42");
});
