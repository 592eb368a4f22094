import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestAccount, api, createTestAccount } from "../../test/accounts";
import { certs, derOf } from "../../test/certs";

let account: TestAccount;
beforeAll(async () => {
  account = await createTestAccount();
});

const contentTypes = ["application/x-pem-file", "text/plain", "application/pkix-cert", "application/json"];

/** Posts a body; answers the status after checking a 4xx carries the error shape. */
async function post(body: BodyInit, contentType: string): Promise<number> {
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": contentType },
    body,
  });
  const json = (await res.json()) as { error?: { code: unknown; message: unknown } };
  if (res.status >= 400) expect(json.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  return res.status;
}

describe("POST /api/certificates never answers 5xx for input", () => {
  it("for damaged PEM text", async () => {
    const source = certs.chain;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(source.length - 1),
        fc.nat(source.length),
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...contentTypes),
        async (at, cut, insert, type) => {
          const damaged = source.slice(0, at) + insert + source.slice(at + 1, Math.max(at + 1, cut));
          expect(await post(damaged, type)).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("for damaged DER bytes", async () => {
    const der = derOf(certs.leafEcdsaWildcard);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(der.length - 1),
        fc.integer({ min: 0, max: 255 }),
        fc.nat(der.length),
        async (at, value, cut) => {
          const damaged = der.slice(0, Math.max(1, cut));
          if (at < damaged.length) damaged[at] = value;
          expect(await post(damaged, "application/pkix-cert")).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("for any JSON value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        expect(await post(JSON.stringify(value), "application/json")).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
