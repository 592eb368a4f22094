// `npm run demo`: the whole notice flow on a local Worker.
// Starts `wrangler dev` on the demo's own local D1 (kept in .wrangler/demo, so the dashboard can
// look at it afterwards), creates an account, imports the sample inventory
// (test/fixtures/inventory.json), posts the sample vendor emails (test/fixtures/demo/*.eml) and
// prints each verdict with its reasons, sends one through Email Routing's local endpoint, and
// prints the vendor-pressure table.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { api, createAccount, startWorker } from "./local-worker";

const root = path.resolve(import.meta.dirname, "..");
const demoDir = path.join(root, "test", "fixtures", "demo");

interface VendorRow {
  vendor: string;
  notices: number;
  misleading: number;
  spoofed: number;
  lastNoticeAt: string;
  letLapse: { commonName: string; notices: number; noticesAfterIntent: number; daysMailingAfterExpiry: number }[];
}

function printTable(vendors: VendorRow[]): void {
  const rows = vendors.flatMap((v) => {
    const base = [v.vendor, String(v.notices), String(v.misleading), String(v.spoofed), v.lastNoticeAt.slice(0, 10)];
    if (!v.letLapse.length) return [[...base, "", "", ""]];
    return v.letLapse.map((l, i) => [
      ...(i === 0 ? base : ["", "", "", "", ""]),
      l.commonName,
      String(l.noticesAfterIntent),
      `${l.daysMailingAfterExpiry} days`,
    ]);
  });
  const header = [
    "Vendor",
    "Notices",
    "Misleading",
    "Spoofed",
    "Last notice",
    "Let-lapse certificate",
    "After decision",
    "Mailing after expiry",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

const DEMO_DB = path.join(root, ".wrangler", "demo");
console.log(`Starting the Worker on the demo database (${path.relative(root, DEMO_DB)})…`);
const worker = await startWorker({}, DEMO_DB);
const base = worker.url;
try {
  console.log(`Worker up at ${base}`);
  const token = await createAccount(worker, "Kestrel Logistics BV");
  const inventory = readFileSync(path.join(root, "test", "fixtures", "inventory.json"), "utf8");
  const imported = await api<{ created: number }>(worker, token, "/api/certificates/import", {
    method: "POST",
    body: inventory,
  });
  console.log(`Imported ${imported.created} certificates from test/fixtures/inventory.json`);

  const files = readdirSync(demoDir)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const [viaEmail, ...viaApi] = files;
  for (const file of viaApi) {
    const { assessment } = await api<{
      assessment: {
        kind: string;
        misleading: boolean;
        spoofed: boolean;
        reasons: { message: string }[];
        spoofReasons?: { message: string }[];
      };
    }>(worker, token, "/api/notices", {
      method: "POST",
      headers: { "content-type": "message/rfc822" },
      body: readFileSync(path.join(demoDir, file)),
    });
    const flags = [assessment.misleading && "MISLEADING", assessment.spoofed && "SPOOFED"].filter(Boolean).join(" ");
    console.log(`  POST /api/notices  ${file.padEnd(52)} ${assessment.kind.padEnd(10)} ${flags}`);
    for (const reason of [...assessment.reasons, ...(assessment.spoofReasons ?? [])])
      console.log(`      - ${reason.message}`);
  }

  // Email Routing, locally: wrangler dev hands the message to the Worker's email() handler.
  const { inboundAddress } = await api<{ inboundAddress: { address: string } }>(
    worker,
    token,
    "/api/inbound-addresses",
    { method: "POST" },
  );
  const emailRes = await fetch(
    `${base}/cdn-cgi/local/email?from=${encodeURIComponent("service@psw.net")}&to=${encodeURIComponent(inboundAddress.address)}`,
    {
      method: "POST",
      body: readFileSync(path.join(demoDir, viaEmail)),
    },
  );
  console.log(`  email → ${inboundAddress.address}  ${viaEmail}  (HTTP ${emailRes.status})`);

  const { vendors } = await api<{ vendors: VendorRow[] }>(worker, token, "/api/vendors");
  printTable(vendors);
  console.log(`\nThe demo database stays in ${path.relative(root, DEMO_DB)}. To browse it in the dashboard:`);
  console.log(
    `  npm run dev -- --persist-to ${path.relative(root, DEMO_DB)}   (then connect with this token: ${token})`,
  );
} finally {
  await worker.stop();
}
