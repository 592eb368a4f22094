// Benchmark: per-notice time of the whole assessment beside bare MIME parsing.
//   npm run bench [-- <corpus folder or folder of .eml>] [--inventory <inventory.json>] [--rounds <n>]
// The inventory defaults to <folder>/../inventory.json, else test/fixtures/inventory.json.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import PostalMime from "postal-mime";
import { parseEmail } from "../shared/mime/parse-email";
import { assessNotice, READ_PREFIX_BYTES } from "../shared/notice/assess";
import { listEmlFiles, loadInventory } from "./notice-files";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const positional = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith("--") && !all[i - 1]?.startsWith("--"));
// A corpus folder (with emails/ and inventory.json) or a folder of .eml files.
const given = positional[0] ?? "test/fixtures/emails";
const folder = existsSync(path.join(given, "emails")) ? path.join(given, "emails") : given;
const besideFolder = path.join(folder, "..", "inventory.json");
const inventoryFile =
  option("--inventory") ?? (existsSync(besideFolder) ? besideFolder : "test/fixtures/inventory.json");
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

// Warm up every stage so the JIT has compiled the hot paths before anything is timed.
for (let i = 0; i < 5; i++) for (const stage of stages) for (const raw of emails) await stage.run(raw);

// CPU time per call (process.cpuUsage, µs): on a shared machine wall time mostly measures
// the neighbours. The stages run interleaved, email by email, so a busy spell weighs on all
// of them alike.
const cpu: number[][] = stages.map(() => []);
const wall = stages.map(() => 0);
for (let round = 0; round < rounds; round++) {
  for (const raw of emails) {
    for (let s = 0; s < stages.length; s++) {
      const wallStart = performance.now();
      const start = process.cpuUsage();
      await stages[s].run(raw);
      const used = process.cpuUsage(start);
      wall[s] += performance.now() - wallStart;
      cpu[s].push((used.user + used.system) / 1000);
    }
  }
}

const results = stages.map((stage, s) => {
  const times = cpu[s].sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return {
    name: stage.name,
    mean,
    p50: pick(0.5),
    p99: pick(0.99),
    max: times[times.length - 1],
    wallMean: wall[s] / times.length,
  };
});

const base = results[0].mean;
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(30) : c.padStart(11))).join(" "));
console.log(`${emails.length} emails from ${folder}, inventory ${inventoryFile}, ${rounds} rounds after warm-up\n`);
console.log("CPU time per notice (wall-clock mean beside it; the machine may be shared)\n");
row(["stage", "mean ms", "p50 ms", "p99 ms", "max ms", "notices/s", "× bare", "wall ms"]);
for (const r of results) {
  row([
    r.name,
    r.mean.toFixed(3),
    r.p50.toFixed(3),
    r.p99.toFixed(3),
    r.max.toFixed(3),
    Math.round(1000 / r.mean).toString(),
    (r.mean / base).toFixed(2),
    r.wallMean.toFixed(3),
  ]);
}
const whole = results[2];
// A mail at the 25 MB limit: its notice text, then an attachment. Only a prefix is read.
const attachment = Buffer.alloc(18 * 1024 * 1024, 7)
  .toString("base64")
  .replace(/.{76}/g, "$&\n");
const large = new TextEncoder().encode(
  "From: DigiCert <no-reply@digicert.com>\nSubject: Your certificate expires in 30 days\nDate: Sun, 15 Nov 2026 08:04:10 -0700\n" +
    'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThe certificate for www.kestrel-logistics.com expires in 30 days.\n' +
    `--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${attachment}\n--b--\n`,
);
const largeTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  await assessNotice(large, inventory, { now });
  largeTimes.push(performance.now() - start);
}
largeTimes.sort((a, b) => a - b);

console.log(
  `\nwhole assessment ${(whole.mean / base).toFixed(2)}× bare MIME parsing (aim ≤ 1.5×); p99 ${whole.p99.toFixed(2)} ms (aim ≤ 3 ms)`,
);
console.log(
  `a ${(large.byteLength / 1048576).toFixed(1)} MB mail: median ${largeTimes[5].toFixed(1)} ms, best ${largeTimes[0].toFixed(1)} ms over 10 runs (aim ≤ 100 ms; the first ${READ_PREFIX_BYTES / 1024} KiB are read)`,
);
