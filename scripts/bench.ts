// Benchmark: per-notice time of the whole assessment beside bare MIME parsing.
//   npm run bench [-- <folder of .eml>] [--inventory <inventory.json>] [--rounds <n>]
// The inventory defaults to <folder>/../inventory.json, else test/fixtures/inventory.json.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import PostalMime from "postal-mime";
import { parseEmail } from "../shared/mime/parse-email";
import { assessNotice } from "../shared/notice/assess";
import { listEmlFiles, loadInventory } from "./notice-files";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && !all[i - 1]?.startsWith("--"));
const folder = positional[0] ?? "test/fixtures/emails";
const besideFolder = path.join(folder, "..", "inventory.json");
const inventoryFile = option("--inventory") ?? (existsSync(besideFolder) ? besideFolder : "test/fixtures/inventory.json");
const rounds = Number(option("--rounds") ?? 30);

const files = await listEmlFiles([folder]);
if (files.length === 0) throw new Error(`No .eml files in ${folder}`);
const emails = await Promise.all(files.map(async (f) => new Uint8Array(await readFile(f))));
const inventory = await loadInventory(inventoryFile);
const now = new Date("2026-11-20T12:00:00Z");

type Stage = { name: string; run: (raw: Uint8Array) => Promise<unknown> };
const stages: Stage[] = [
  { name: "postal-mime parse (bare)", run: (raw) => PostalMime.parse(raw) },
  { name: "parseEmail (MIME layer)", run: (raw) => parseEmail(raw) },
  { name: "assessNotice (whole engine)", run: (raw) => assessNotice(raw, inventory, { now }) },
];

async function measure(stage: Stage): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const raw of emails) {
      const start = performance.now();
      await stage.run(raw);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

// Warm up every stage so the JIT has compiled the hot paths before anything is timed.
for (let i = 0; i < 5; i++) for (const stage of stages) for (const raw of emails) await stage.run(raw);

const results = [];
for (const stage of stages) {
  const times = await measure(stage);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  results.push({ name: stage.name, mean, p50: pick(0.5), p99: pick(0.99), max: times[times.length - 1] });
}

const base = results[0].mean;
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(30) : c.padStart(11))).join(" "));
console.log(`${emails.length} emails from ${folder}, inventory ${inventoryFile}, ${rounds} rounds after warm-up\n`);
row(["stage", "mean ms", "p50 ms", "p99 ms", "max ms", "notices/s", "× bare"]);
for (const r of results) {
  row([r.name, r.mean.toFixed(3), r.p50.toFixed(3), r.p99.toFixed(3), r.max.toFixed(3), Math.round(1000 / r.mean).toString(), (r.mean / base).toFixed(2)]);
}
const whole = results[2];
console.log(
  `\nwhole assessment ${(whole.mean / base).toFixed(2)}× bare MIME parsing (aim ≤ 1.5×); p99 ${whole.p99.toFixed(2)} ms (aim well inside 10 ms)`,
);
