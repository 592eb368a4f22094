import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../shared/inventory";
import { assessNotice } from "../shared/notice/assess";
import { CONTRADICTION_RULES } from "../shared/notice/contradictions";

/** A fixture label: LABELS.md fields plus the rule ids (claim and contradiction rules) that must and must not fire. */
interface FixtureLabel {
  kind: string;
  certificate: string | null;
  misleading: boolean;
  spoofed: boolean;
  why: string;
  rules?: string[];
  notRules?: string[];
}

const inventory = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures/inventory.json"), "utf8"),
) as Inventory;

// Every labelled folder: the engine's own fixtures, and the sample e-mails of `npm run demo`,
// which must say what the demo table shows.
for (const folder of ["fixtures/emails", "fixtures/demo"]) {
  const dir = path.join(import.meta.dirname, folder);
  const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")) as Record<string, FixtureLabel>;

  describe(`assessNotice on every labelled e-mail in test/${folder}`, () => {
    it("has a label for every .eml file and a file for every label", () => {
      const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
      expect(files.filter((f) => !labels[f])).toEqual([]);
      expect(Object.keys(labels).filter((f) => !files.includes(f))).toEqual([]);
    });

    for (const [file, label] of Object.entries(labels)) {
      it(`${file}: ${label.why}`, async () => {
        const a = await assessNotice(readFileSync(path.join(dir, file)), inventory);
        const reasons = [...a.reasons, ...a.spoofReasons].map((r) => r.message).join(" | ");
        expect(
          { kind: a.kind, certificate: a.certificate, misleading: a.misleading, spoofed: a.spoofed },
          reasons,
        ).toEqual({
          kind: label.kind,
          certificate: label.certificate,
          misleading: label.misleading,
          spoofed: label.spoofed,
        });
        // A claim rule fires when a claim carries its id; a contradiction rule when a reason carries one of its codes.
        const codes = new Set(a.reasons.map((r) => r.code));
        const contradicted = CONTRADICTION_RULES.filter((rule) => rule.codes.some((code) => codes.has(code))).map(
          (rule) => rule.id,
        );
        const fired = new Set([...a.claims.map((c) => c.evidence.ruleId), ...contradicted]);
        for (const rule of label.rules ?? []) expect(fired, `rule ${rule} should fire`).toContain(rule);
        for (const rule of label.notRules ?? []) expect(fired, `rule ${rule} must not fire`).not.toContain(rule);
        if (a.misleading) expect(a.reasons[0].message.length).toBeGreaterThan(20);
      });
    }
  });
}
