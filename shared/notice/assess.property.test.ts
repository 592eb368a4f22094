import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../inventory";
import { EmailTooLargeError, MAX_EMAIL_BYTES } from "../mime/errors";
import { deeplyNested, longHeaderLine, manyParts } from "../mime/hostile-mail";
import { fixture, mimeFixtureNames } from "../mime/test-fixtures";
import { assessNotice } from "./assess";
import type { Assessment } from "./types";

const inventory = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../test/fixtures/inventory.json"), "utf8"),
) as Inventory;
const KINDS = ["expiry", "revocation", "payment", "other"];
const now = new Date("2026-11-20T12:00:00Z");

function expectAssessment(a: Assessment): void {
  expect(KINDS).toContain(a.kind);
  expect(typeof a.misleading).toBe("boolean");
  expect(typeof a.spoofed).toBe("boolean");
  expect(Array.isArray(a.reasons)).toBe(true);
}

describe("assessNotice never throws on hostile input", () => {
  it("judges unreadable input as 'other' with a parse problem", async () => {
    for (const raw of ["", new Uint8Array([0, 255, 13, 10, 13, 10, 1, 2, 3]).buffer]) {
      const a = await assessNotice(raw, inventory, { now });
      expect(a.kind).toBe("other");
      expect(a.certificate).toBeNull();
      expect(a.reasons.some((r) => r.code === "parse-problem")).toBe(true);
    }
  });

  it("resolves for random bytes and text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 3000 })), async (raw) => {
        expectAssessment(await assessNotice(raw, inventory, { now }));
      }),
      { numRuns: 40 },
    );
  });

  it("resolves for mutated fixture emails", async () => {
    const fixtures = mimeFixtureNames().map(fixture);
    const mutated = fc
      .record({
        index: fc.nat(fixtures.length - 1),
        at: fc.nat(),
        junk: fc.uint8Array({ minLength: 1, maxLength: 40 }),
      })
      .map(({ index, at, junk }) => {
        const source = fixtures[index];
        const copy = source.slice();
        copy.set(junk.subarray(0, Math.min(junk.length, copy.length)), at % Math.max(1, copy.length - junk.length));
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(mutated, async (raw) => expectAssessment(await assessNotice(raw, inventory, { now }))),
      { numRuns: 60 },
    );
  });

  it("resolves for deep nesting, 10 000 parts and a 1 MB header line", async () => {
    for (const raw of [deeplyNested(200), manyParts(10_000), longHeaderLine(1024 * 1024)]) {
      expectAssessment(await assessNotice(raw, inventory, { now }));
    }
  });

  it("rejects input over 25 MB with EmailTooLargeError", async () => {
    await expect(assessNotice(new Uint8Array(MAX_EMAIL_BYTES + 1), inventory)).rejects.toBeInstanceOf(
      EmailTooLargeError,
    );
  });
});
