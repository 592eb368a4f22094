import "reflect-metadata";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { ariServer } from "../../test/peers/ari-server";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { runAccount } from "../alerts/run";
import { ariCertificateId } from "./cert-id";

const LE = "acme-v02.api.letsencrypt.org";
const DAY = 86_400_000;
let ca: TestCa;

beforeAll(async () => {
  ca = await createTestCa("R10", "le-ca.test", "P-256", "Let's Encrypt");
});
afterEach(() => vi.restoreAllMocks());

it("fetches the CA's renewal window, stores and shows it, and alerts when the CA asks for renewal early", async () => {
  const account = await createTestAccount();
  const now = new Date();
  const notBefore = new Date(now.getTime() - 30 * DAY);
  const notAfter = new Date(now.getTime() + 60 * DAY);
  const [usual, revoking] = await Promise.all([
    ca.issue({ names: ["www.kestrel-logistics.com"], notBefore, notAfter }),
    ca.issue({ names: ["api.kestrel-logistics.com"], notBefore, notAfter }),
  ]);
  const usualId = await storeOwnedCertificate(account.id, usual, { intent: "renew" });
  const revokingId = await storeOwnedCertificate(account.id, revoking, { intent: "renew" });
  const peer = ariServer(LE);
  // Two thirds into 90 days is day 60: a window from day 60 is the usual one; day 35 is early.
  peer.windows.set(ariCertificateId(usual.toString("pem"))!, {
    start: new Date(notBefore.getTime() + 60 * DAY).toISOString(),
    end: new Date(notBefore.getTime() + 62 * DAY).toISOString(),
  });
  peer.windows.set(ariCertificateId(revoking.toString("pem"))!, {
    start: new Date(notBefore.getTime() + 31 * DAY).toISOString(),
    end: new Date(notBefore.getTime() + 33 * DAY).toISOString(),
    explanationURL: "https://community.letsencrypt.example/t/incident",
  });
  // CT and revocation lookups of the same run are not what this test is about: nothing found.
  routeFetchToPeers({
    [LE]: peer.handler,
    "crt.sh": () => Response.json([]),
    "le-ca.test": () => new Response(null, { status: 404 }),
  });

  const summary = await runAccount(env, account.id, now);
  expect(summary.truthChecks.ari).toEqual({ checked: 2, early: 1, unsupported: 0, failed: 0 });
  expect(peer.requests.filter((p) => p === "/directory")).toHaveLength(1);

  const { results: alerts } = await env.DB.prepare(
    "SELECT certificate_id, type, title, message FROM alerts WHERE account_id = ?1 AND type = 'ari-early-renewal'",
  )
    .bind(account.id)
    .all<{ certificate_id: string; title: string; message: string }>();
  expect(alerts.map((a) => a.certificate_id)).toEqual([revokingId]);
  expect(alerts[0].title).toMatch(
    /^Let's Encrypt asks to renew api\.kestrel-logistics\.com early: from \d{4}-\d{2}-\d{2}$/,
  );
  expect(alerts[0].message).toContain("https://community.letsencrypt.example/t/incident");

  const shown = (await (await api(`/api/certificates/${usualId}`, { token: account.token })).json()) as {
    certificate: { renewalInfo: Record<string, unknown> };
  };
  expect(shown.certificate.renewalInfo).toMatchObject({
    early: false,
    explanationURL: null,
    directory: `https://${LE}/directory`,
  });

  // Daily: the same day asks nothing again.
  const before = peer.requests.length;
  await runAccount(env, account.id, new Date(now.getTime() + 3_600_000));
  expect(peer.requests.length).toBe(before);
});

it("asks nothing more of a CA whose directory has no renewalInfo", async () => {
  const account = await createTestAccount();
  const leaf = await ca.issue({ names: ["mail.kestrel-logistics.com"], notAfter: new Date(Date.now() + 60 * DAY) });
  await storeOwnedCertificate(account.id, leaf, { intent: "renew" });
  const peer = ariServer(LE, { withoutAri: true });
  routeFetchToPeers({
    [LE]: peer.handler,
    "crt.sh": () => Response.json([]),
    "le-ca.test": () => new Response(null, { status: 404 }),
  });
  const summary = await runAccount(env, account.id, new Date());
  expect(summary.truthChecks.ari).toEqual({ checked: 0, early: 0, unsupported: 1, failed: 0 });
  expect(peer.requests).toEqual(["/directory"]);
});
