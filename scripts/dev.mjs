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

function run(args, extraEnv = {}, stdin = "inherit") {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [wrangler, ...args], { cwd: root, env: { ...env, ...extraEnv }, stdio: [stdin, "inherit", "inherit"] });
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

const passthrough = process.argv.slice(2);
announceDevVars();
// CI=true: apply without the interactive "continue?" prompt.
const migrated = await run(["d1", "migrations", "apply", "DB", "--local", ...sharedFlags(passthrough)], { CI: "true" }, "ignore");
if (migrated !== 0) {
  console.error("Applying the D1 migrations to the local database failed; see the output above.");
  process.exit(migrated);
}
process.exit(await run(["dev", ...passthrough]));
