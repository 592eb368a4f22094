import "reflect-metadata";
import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { storeOwnedCertificate } from "../../test/owned-certificates";
import { caServer } from "../../test/peers/ca-server";
import { CtSearchPeer } from "../../test/peers/ct-search";
import { routeFetchToPeers } from "../../test/peers/network";
import { createTestCa } from "../../test/peers/test-ca";
import { runDaily } from "../../test/queues";

afterEach(() => vi.restoreAllMocks());

it("the daily cron runs the truth checks", async () => {
  const ca = await createTestCa();
  const account = await createTestAccount();
  const now = Date.now();
  const cert = await ca.issue({
    names: ["cron.wren.test"],
    notBefore: new Date(now - 50 * 86_400_000),
    notAfter: new Date(now + 200 * 86_400_000),
  });
  const id = await storeOwnedCertificate(account.id, cert, { intent: "renew" });
  routeFetchToPeers({ "ca.test": caServer(ca), "crt.sh": new CtSearchPeer().handle });

  // The cron starts the run; the accounts queue's consumer checks each account.
  await runDaily(new Date(now));

  const check = await env.DB.prepare("SELECT status, source FROM revocation_checks WHERE certificate_id = ?1")
    .bind(id)
    .first();
  expect(check).toEqual({ status: "good", source: "crl" });
});
