import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRADICTION_RULES } from "../shared/notice/contradictions";
import { LEXICONS } from "../shared/notice/lexicon";
import { RULES } from "../shared/notice/rules";

const labels = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures/emails/labels.json"), "utf8"),
) as Record<string, { kind: string; rules?: string[]; notRules?: string[] }>;

describe("notice rules are data with fixtures", () => {
  it("gives every rule a unique id and a description", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.description.length, rule.id).toBeGreaterThan(10);
  });

  it("proves every rule with at least one fixture where it fires", () => {
    const proven = new Set(Object.values(labels).flatMap((l) => l.rules ?? []));
    expect(RULES.map((r) => r.id).filter((id) => !proven.has(id))).toEqual([]);
  });

  it("proves every rule with at least one fixture where it must stay silent", () => {
    const proven = new Set(Object.values(labels).flatMap((l) => l.notRules ?? []));
    expect(RULES.map((r) => r.id).filter((id) => !proven.has(id))).toEqual([]);
  });

  it("proves every contradiction rule with a fixture where it fires and one where it must stay silent", () => {
    const ids = CONTRADICTION_RULES.map((r) => r.id);
    expect(new Set([...ids, ...RULES.map((r) => r.id)]).size).toBe(ids.length + RULES.length);
    for (const rule of CONTRADICTION_RULES) expect(rule.description.length, rule.id).toBeGreaterThan(10);
    const firing = new Set(Object.values(labels).flatMap((l) => l.rules ?? []));
    const silent = new Set(Object.values(labels).flatMap((l) => l.notRules ?? []));
    expect(ids.filter((id) => !firing.has(id))).toEqual([]);
    expect(ids.filter((id) => !silent.has(id))).toEqual([]);
  });

  it("names only existing rules in fixture labels", () => {
    const known = new Set([...RULES, ...CONTRADICTION_RULES].map((r) => r.id));
    const named = Object.values(labels).flatMap((l) => [...(l.rules ?? []), ...(l.notRules ?? [])]);
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });

  it("has notice fixtures in every supported language and of every kind", () => {
    const files = Object.keys(labels).filter((f) => f.startsWith("notice-"));
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const lang of [
      "en",
      "de",
      "fr",
      "es",
      "nl",
      "it",
      "pt",
      "sv",
      "pl",
      "da",
      "no",
      "cs",
      "fi",
      "sk",
      "hu",
      "tr",
      "ru",
      "ja",
      "ko",
      "zh",
    ])
      expect(
        files.some((f) => f.startsWith(`notice-${lang}-`)),
        lang,
      ).toBe(true);
    const kinds = new Set(files.map((f) => labels[f].kind));
    expect([...kinds].sort()).toEqual(["expiry", "other", "payment", "revocation"]);
  });

  it("fills every phrase key the rules use in English, the fallback language", () => {
    const en = LEXICONS.find((l) => l.language === "en")!;
    for (const rule of RULES) expect(en.phrases[rule.phrase]?.length, rule.id).toBeGreaterThan(0);
  });
});

describe("the Worker's outbound requests", () => {
  it("all go through the guard: no other file of worker/src calls fetch", () => {
    const root = path.join(import.meta.dirname, "../worker/src");
    const callers = (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .filter((file) => /\bfetch\(/.test(readFileSync(path.join(root, file), "utf8")));
    expect(callers).toEqual([path.join("outbound", "guarded-fetch.ts")]);
  });
});

describe("webmail fixture pages", () => {
  const fixtures = path.join(import.meta.dirname, "fixtures/webmail");
  const providers = path.join(import.meta.dirname, "../extension/providers");
  const noteOf = (file: string) =>
    /^<!DOCTYPE html>\n<!--([\s\S]*?)-->/.exec(readFileSync(path.join(fixtures, file), "utf8"))?.[1];

  it("each open with a note of the real markup they follow", () => {
    const pages = readdirSync(fixtures).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(noteOf(page), page).toMatch(/Markup note\. Mirrors \S/);
  });

  it("name every selector of their provider, as written in its .selectors.ts, with the element it mirrors", async () => {
    const files = readdirSync(providers).filter((file) => file.endsWith(".selectors.ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const provider = file.replace(".selectors.ts", "");
      const module = (await import(path.join(providers, file))) as Record<string, Record<string, string>>;
      const selectors = Object.values(module)[0];
      const note = noteOf(`${provider}.html`) ?? "";
      for (const [key, selector] of Object.entries(selectors)) {
        const line = note.split("\n").find((text) => text.trim().startsWith(`${key} (${selector}): `));
        expect(line, `${provider}.html names ${key}`).toMatch(/\): \S.{9,}/);
      }
    }
  });
});

describe("the Worker's SQL", () => {
  it("is only in worker/src/db: no other file of worker/src prepares a statement", () => {
    const root = path.join(import.meta.dirname, "../worker/src");
    const outside = (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith(`db${path.sep}`))
      .filter((file) => /\.prepare\(/.test(readFileSync(path.join(root, file), "utf8")));
    expect(outside).toEqual([]);
  });
});

describe("the Worker's routes", () => {
  it("mount one sub-app per URL prefix in app.ts", () => {
    const app = readFileSync(path.join(import.meta.dirname, "../worker/src/app.ts"), "utf8");
    const prefixes = Array.from(app.matchAll(/app\.route\("([^"]+)"/g), (match) => match[1]);
    expect(prefixes.length).toBeGreaterThan(5);
    expect(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i)).toEqual([]);
  });
});
