import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../shared/inventory";
import { assessNotice } from "../shared/notice/assess";

const dir = path.join(import.meta.dirname, "fixtures", "demo");
const inventory = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "inventory.json"), "utf8")) as Inventory;
const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")) as Record<
  string,
  { kind: string; certificate: string | null; misleading: boolean; spoofed: boolean; why: string }
>;

// The sample e-mails of `npm run demo` must say what the demo table shows: one label per file.
describe("demo vendor e-mails (test/fixtures/demo)", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".eml")).sort();

  it("have a label for every file and a file for every label", () => {
    expect(Object.keys(labels).sort()).toEqual(files);
  });

  for (const file of files) {
    it(`${file}: ${labels[file]?.why ?? "unlabelled"}`, async () => {
      const assessment = await assessNotice(readFileSync(path.join(dir, file)), inventory);
      const { why: _, ...expected } = labels[file];
      expect({ kind: assessment.kind, certificate: assessment.certificate, misleading: assessment.misleading, spoofed: assessment.spoofed }).toEqual(expected);
    });
  }
});
