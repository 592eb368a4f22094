// A real Worker on this machine (end-to-end tests, `npm run demo`): `wrangler dev` on a free
// loopback port with a fresh local D1 in a temporary directory, migrated first. Offline: no
// Cloudflare metadata fetch, no telemetry. OUTBOUND_ALLOW_PRIVATE is on: the webhook receivers,
// CAs and CT services that tests and demos serve are on this machine's loopback.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };

export interface LocalWorker {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrangler ${args[0]} failed:\n${output}`)),
    );
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`wrangler dev did not answer /api/health within 90 s:\n${log()}`);
}

/**
 * Starts the Worker with a migrated local database: a fresh temporary one, or the one kept in
 * `persistDir` (created when missing, left in place on stop). `vars` override `[vars]` of wrangler.toml.
 */
export async function startWorker(vars: Record<string, string> = {}, persistDir?: string): Promise<LocalWorker> {
  const persist = persistDir ?? mkdtempSync(path.join(tmpdir(), "certitude-e2e-d1-"));
  if (persistDir) mkdirSync(persistDir, { recursive: true });
  const adminToken = randomBytes(32).toString("base64url");
  await run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  const port = await freePort();
  const inspector = await freePort();
  const child = spawn(
    process.execPath,
    [
      wrangler,
      "dev",
      "--local",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspector),
      "--persist-to",
      persist,
      "--var",
      `ADMIN_TOKEN:${adminToken}`,
      "--var",
      "OUTBOUND_ALLOW_PRIVATE:true",
      ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
    ],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    url,
    adminToken,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      if (!persistDir) rmSync(persist, { recursive: true, force: true });
    },
  };
}

/** Creates an account with the operator token; returns its first API token. */
export async function createAccount(worker: LocalWorker, name: string): Promise<string> {
  const response = await fetch(`${worker.url}/api/accounts`, {
    method: "POST",
    headers: { authorization: `Bearer ${worker.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) throw new Error(`account creation: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Calls the account's API with its token and returns the JSON answer. */
export async function api<T>(worker: LocalWorker, token: string, route: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${worker.url}${route}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
