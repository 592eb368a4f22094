// `npm run dev [-- <wrangler dev flags>]`: local Worker with a migrated local D1 on a fresh clone.
// 1. Creates .dev.vars from .dev.vars.example with a random ADMIN_TOKEN when it is missing.
// 2. Applies worker/migrations to the local D1 (an embedded SQLite under .wrangler/state).
// 3. Runs `wrangler dev` with the flags given after `--`.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDevVars } from "./dev-vars.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wrangler = path.join(root, "node_modules", "wrangler", "bin", "wrangler.js");
// Offline-friendly: no Cloudflare request metadata fetch, no telemetry.
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

function announceDevVars() {
  const { path: file, created } = ensureDevVars(root);
  if (!created) {
    console.log(`Using ${file} (ADMIN_TOKEN is in there).`);
    return;
  }
  console.log(`Created ${file} with a fresh random ADMIN_TOKEN.`);
  console.log("Create an account with it: POST /api/accounts (see README.md, Quick start).");
}

/** Flags `wrangler d1 migrations apply` must share with `wrangler dev` to reach the same database. */
function sharedFlags(args) {
  const shared = [];
  for (const flag of ["--persist-to", "--env", "-e", "--config", "-c"]) {
    const i = args.indexOf(flag);
    if (i >= 0 && args[i + 1]) shared.push(flag, args[i + 1]);
    const inline = args.find((a) => a.startsWith(`${flag}=`));
    if (inline) shared.push(inline);
  }
  return shared;
}

/** Runs wrangler; with `capture`, its output is collected instead of shown. */
function run(args, extraEnv = {}, stdin = "inherit", capture = null) {
  return new Promise((resolve) => {
    const stdio = capture ? [stdin, "pipe", "pipe"] : [stdin, "inherit", "inherit"];
    const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env: { ...env, ...extraEnv }, stdio });
    if (capture) {
      child.stdout.on("data", (chunk) => capture.push(String(chunk)));
      child.stderr.on("data", (chunk) => capture.push(String(chunk)));
    }
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** wrangler's table of migrations folded into one line: how many were applied, first and last. */
export function migrationSummary(text) {
  const names = [...new Set(text.match(/\b\d{4}_[\w-]+\.sql\b/g) ?? [])];
  if (!names.length) return "D1 migrations: the local database is up to date.";
  const span = names.length === 1 ? names[0] : `${names[0]} … ${names.at(-1)}`;
  return `D1 migrations: ${names.length} applied to the local database (${span}).`;
}

const passthrough = process.argv.slice(2);
announceDevVars();
// CI=true: apply without the interactive "continue?" prompt.
const output = [];
const migrated = await run(
  ["d1", "migrations", "apply", "DB", "--local", ...sharedFlags(passthrough)],
  { CI: "true", NO_COLOR: "1" },
  "ignore",
  output,
);
if (migrated !== 0) {
  console.error(output.join(""));
  console.error("Applying the D1 migrations to the local database failed; see the output above.");
  process.exit(migrated);
}
console.log(migrationSummary(output.join("")));
process.exit(await run(["dev", ...passthrough]));
