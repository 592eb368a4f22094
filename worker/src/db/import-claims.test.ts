import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { createTestAccount } from "../../test/accounts";
import { claimImport, releaseImport } from "./import-claims";

it("one claim per account: a second waits for the release, or takes over a claim left for 15 minutes", async () => {
  const { id } = await createTestAccount();
  const t0 = new Date("2026-12-01T10:00:00Z");
  expect(await claimImport(env.DB, id, "a", t0)).toBe(true);
  expect(await claimImport(env.DB, id, "b", new Date(t0.getTime() + 60_000))).toBe(false);
  await releaseImport(env.DB, id, "b"); // not b's to release
  expect(await claimImport(env.DB, id, "c", new Date(t0.getTime() + 120_000))).toBe(false);
  expect(await claimImport(env.DB, id, "d", new Date(t0.getTime() + 16 * 60_000))).toBe(true);
  await releaseImport(env.DB, id, "d");
  expect(await claimImport(env.DB, id, "e", new Date(t0.getTime() + 17 * 60_000))).toBe(true);
});
