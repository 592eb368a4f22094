// Scores the notice engine on a labelled corpus (LABELS.md format):
//   npm run eval -- CORPUS_DIR [--json]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { assessNotice } from "../shared/notice/assess";
import type { Assessment, NoticeKind } from "../shared/notice/types";
import { listEmlFiles, loadInventory, runScript } from "./notice-files";

interface Label {
  kind: NoticeKind;
  certificate: string | null;
  misleading: boolean;
  spoofed: boolean;
  why?: string;
}
const KINDS: NoticeKind[] = ["expiry", "revocation", "payment", "other"];

const args = process.argv.slice(2);
const json = args.includes("--json");
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: npm run eval -- CORPUS_DIR [--json]");
  process.exit(2);
}
runScript(async () => {
  const inventory = await loadInventory(path.join(dir, "inventory.json"));
  const labels = JSON.parse(await readFile(path.join(dir, "labels.json"), "utf8")) as Record<string, Label>;
  const files = (await listEmlFiles([path.join(dir, "emails")])).filter((f) => labels[path.basename(f)]);

  const started = performance.now();
  const results: { file: string; label: Label; got: Assessment }[] = [];
  for (const file of files)
    results.push({
      file: path.basename(file),
      label: labels[path.basename(file)],
      got: await assessNotice(await readFile(file), inventory),
    });
  const elapsedMs = performance.now() - started;

  const confusion = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((g) => [g, 0]))]));
  for (const r of results) confusion[r.label.kind][r.got.kind]++;
  const share = (n: number, d: number) => (d ? n / d : 1);
  function pr(flag: "misleading" | "spoofed") {
    const tp = results.filter((r) => r.label[flag] && r.got[flag]).length;
    const predicted = results.filter((r) => r.got[flag]).length;
    const actual = results.filter((r) => r.label[flag]).length;
    return { precision: share(tp, predicted), recall: share(tp, actual), truePositives: tp, predicted, actual };
  }
  const mismatches = results
    .filter(
      (r) =>
        r.label.kind !== r.got.kind ||
        r.label.certificate !== r.got.certificate ||
        r.label.misleading !== r.got.misleading ||
        r.label.spoofed !== r.got.spoofed,
    )
    .map((r) => ({
      file: r.file,
      expected: {
        kind: r.label.kind,
        certificate: r.label.certificate,
        misleading: r.label.misleading,
        spoofed: r.label.spoofed,
      },
      got: { kind: r.got.kind, certificate: r.got.certificate, misleading: r.got.misleading, spoofed: r.got.spoofed },
      reasons: [...r.got.reasons, ...r.got.spoofReasons].map((x) => x.message),
      rules: [...new Set(r.got.claims.map((c) => c.evidence.ruleId))],
      why: r.label.why ?? "",
    }));
  const report = {
    emails: results.length,
    elapsedMs: Math.round(elapsedMs),
    kindAccuracy: share(results.filter((r) => r.label.kind === r.got.kind).length, results.length),
    certificateAccuracy: share(results.filter((r) => r.label.certificate === r.got.certificate).length, results.length),
    misleading: pr("misleading"),
    spoofed: pr("spoofed"),
    confusion,
    mismatches,
  };

  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(`${report.emails} emails assessed in ${report.elapsedMs} ms`);
    console.log(`kind accuracy        ${pct(report.kindAccuracy)}`);
    console.log(`certificate accuracy ${pct(report.certificateAccuracy)}`);
    console.log(
      `misleading precision ${report.misleading.precision.toFixed(3)}  recall ${report.misleading.recall.toFixed(3)}  (${report.misleading.truePositives}/${report.misleading.predicted} flagged, ${report.misleading.actual} labelled)`,
    );
    console.log(
      `spoofed    precision ${report.spoofed.precision.toFixed(3)}  recall ${report.spoofed.recall.toFixed(3)}  (${report.spoofed.truePositives}/${report.spoofed.predicted} flagged, ${report.spoofed.actual} labelled)`,
    );
    console.log(
      `\nkind confusion (rows: label, columns: engine)\n${"".padEnd(12)}${KINDS.map((k) => k.padStart(11)).join("")}`,
    );
    for (const k of KINDS)
      console.log(`${k.padEnd(12)}${KINDS.map((g) => String(confusion[k][g]).padStart(11)).join("")}`);
    console.log(`\n${mismatches.length} mismatches`);
    for (const m of mismatches) {
      const diff = (Object.keys(m.expected) as (keyof typeof m.expected)[])
        .filter((k) => m.expected[k] !== m.got[k])
        .map((k) => `${k} ${m.expected[k]}→${m.got[k]}`);
      console.log(
        `- ${m.file}: ${diff.join(", ")}\n    rules: ${m.rules.join(" ")}\n    engine: ${m.reasons[0] ?? "(no reasons)"}\n    label: ${m.why}`,
      );
    }
  }
});
