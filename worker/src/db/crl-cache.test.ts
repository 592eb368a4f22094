import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { dropCachedCrl, getCachedCrl, putCachedCrl } from "./crl-cache";

const url = "http://crl.example.test/big.crl";
const now = new Date("2026-11-21T06:00:00Z");

function bytes(length: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
  return data;
}

describe("CRL cache", () => {
  it("keeps a CRL larger than one D1 value in chunks and returns it byte for byte", async () => {
    const der = bytes(2_600_000);
    await putCachedCrl(env.DB, {
      url,
      der,
      thisUpdate: "2026-11-21T00:00:00.000Z",
      nextUpdate: "2026-11-28T00:00:00.000Z",
      fetchedAt: now.toISOString(),
    });
    const cached = await getCachedCrl(env.DB, url, now);
    expect(cached?.der.byteLength).toBe(der.byteLength);
    expect(cached?.der).toEqual(der);
  });

  it("forgets a CRL at its nextUpdate, and when replaced keeps only the new bytes", async () => {
    await putCachedCrl(env.DB, {
      url,
      der: bytes(10),
      thisUpdate: "2026-11-21T00:00:00.000Z",
      nextUpdate: "2026-11-22T00:00:00.000Z",
      fetchedAt: now.toISOString(),
    });
    expect((await getCachedCrl(env.DB, url, now))?.der.byteLength).toBe(10);
    expect(await getCachedCrl(env.DB, url, new Date("2026-11-22T00:00:00Z"))).toBeNull();
    await dropCachedCrl(env.DB, url);
    expect(await getCachedCrl(env.DB, url, now)).toBeNull();
  });
});
