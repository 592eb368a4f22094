// `npm run demo`: the whole notice flow on a local Worker, from an empty database.
// Starts `wrangler dev` on a fresh local D1, creates an account, imports the sample inventory
// (test/fixtures/inventory.json), posts the sample vendor emails (test/fixtures/demo/*.eml),
// sends one through Email Routing's local endpoint, and prints the vendor-pressure table.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const demoDir = path.join(root, "test", "fixtures", "demo");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", CI: "true" };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function wranglerRun(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args[0]} exited with ${code}`))));
  });
}

async function waitForHealth(base: string, worker: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (worker.exitCode !== null) throw new Error("wrangler dev stopped before the Worker answered");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the Worker did not answer /api/health within 60 s");
}

async function call<T>(base: string, route: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  const res = await fetch(`${base}${route}`, { ...init, headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${route} answered ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

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
    return v.letLapse.map((l, i) => [...(i === 0 ? base : ["", "", "", "", ""]), l.commonName, String(l.noticesAfterIntent), `${l.daysMailingAfterExpiry} days`]);
  });
  const header = ["Vendor", "Notices", "Misleading", "Spoofed", "Last notice", "Let-lapse certificate", "After decision", "Mailing after expiry"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

const persist = mkdtempSync(path.join(tmpdir(), "certitude-demo-"));
const adminToken = randomBytes(24).toString("base64url");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let worker: ChildProcess | undefined;
try {
  console.log(`Local D1 in ${persist}; applying migrations…`);
  await wranglerRun(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  worker = spawn(
    process.execPath,
    [wrangler, "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist, "--var", `ADMIN_TOKEN:${adminToken}`, "--show-interactive-dev-session=false"],
    { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  await waitForHealth(base, worker);
  console.log(`Worker up at ${base}`);

  const json = { "content-type": "application/json" };
  const { token } = await call<{ token: string }>(base, "/api/accounts", {
    method: "POST",
    token: adminToken,
    headers: json,
    body: JSON.stringify({ name: "Kestrel Logistics BV" }),
  });
  const inventory = readFileSync(path.join(root, "test", "fixtures", "inventory.json"), "utf8");
  const imported = await call<{ created: number }>(base, "/api/certificates/import", { method: "POST", token, headers: json, body: inventory });
  console.log(`Imported ${imported.created} certificates from test/fixtures/inventory.json`);

  const files = readdirSync(demoDir).filter((f) => f.endsWith(".eml")).sort();
  const [viaEmail, ...viaApi] = files;
  for (const file of viaApi) {
    const { assessment } = await call<{ assessment: { kind: string; misleading: boolean; spoofed: boolean } }>(base, "/api/notices", {
      method: "POST",
      token,
      headers: { "content-type": "message/rfc822" },
      body: readFileSync(path.join(demoDir, file)),
    });
    const flags = [assessment.misleading && "MISLEADING", assessment.spoofed && "SPOOFED"].filter(Boolean).join(" ");
    console.log(`  POST /api/notices  ${file.padEnd(52)} ${assessment.kind.padEnd(10)} ${flags}`);
  }

  // Email Routing, locally: wrangler dev hands the message to the Worker's email() handler.
  const { inboundAddress } = await call<{ inboundAddress: { address: string } }>(base, "/api/inbound-addresses", { method: "POST", token });
  const emailRes = await fetch(`${base}/cdn-cgi/local/email?from=${encodeURIComponent("service@psw.net")}&to=${encodeURIComponent(inboundAddress.address)}`, {
    method: "POST",
    body: readFileSync(path.join(demoDir, viaEmail)),
  });
  console.log(`  email → ${inboundAddress.address}  ${viaEmail}  (HTTP ${emailRes.status})`);

  const { vendors } = await call<{ vendors: VendorRow[] }>(base, "/api/vendors", { token });
  printTable(vendors);
} finally {
  worker?.kill("SIGTERM");
  rmSync(persist, { recursive: true, force: true });
}
