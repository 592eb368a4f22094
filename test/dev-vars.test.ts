import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDevVars } from "../scripts/dev-vars.mjs";

const example = readFileSync(path.join(import.meta.dirname, "../.dev.vars.example"), "utf8");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function freshClone(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "certitude-dev-vars-"));
  made.push(dir);
  writeFileSync(path.join(dir, ".dev.vars.example"), example);
  return dir;
}

describe("ensureDevVars (npm run dev on a fresh clone)", () => {
  it("creates .dev.vars from the example with a random ADMIN_TOKEN of 32+ characters, readable by the owner only", () => {
    const dir = freshClone();
    const result = ensureDevVars(dir);
    expect(result).toEqual({ path: path.join(dir, ".dev.vars"), created: true });
    const text = readFileSync(result.path, "utf8");
    const token = /^ADMIN_TOKEN=(.*)$/m.exec(text)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token?.length).toBeGreaterThanOrEqual(32); // admin routes refuse a shorter one
    expect(text).not.toContain("replace-me");
    expect(statSync(result.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(freshClone(), ".dev.vars.example"), "utf8")).toBe(example);
  });

  it("gives every clone its own token and never overwrites an existing .dev.vars", () => {
    const a = freshClone();
    const b = freshClone();
    ensureDevVars(a);
    ensureDevVars(b);
    const first = readFileSync(path.join(a, ".dev.vars"), "utf8");
    expect(first).not.toBe(readFileSync(path.join(b, ".dev.vars"), "utf8"));
    expect(ensureDevVars(a).created).toBe(false);
    expect(readFileSync(path.join(a, ".dev.vars"), "utf8")).toBe(first);
  });
});
