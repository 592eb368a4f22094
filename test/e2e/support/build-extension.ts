// Vitest globalSetup of the e2e project: the tests load extension/.output/chrome-mv3 (Chromium) and
// firefox-mv3 (Firefox ESR), so build each when it is missing or older than any source it is made from.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const BUILDS = [
  { output: "chrome-mv3", args: [] },
  { output: "firefox-mv3", args: ["-b", "firefox", "--mv3"] },
];
const SOURCES = ["extension", "shared"];
const SKIP = new Set(["node_modules", ".output", ".wxt"]);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const newest = Math.max(...SOURCES.map((dir) => newestSource(path.join(root, dir))));
  const wxt = path.join(root, "node_modules/wxt/bin/wxt.mjs");
  for (const build of BUILDS) {
    const manifest = path.join(root, "extension/.output", build.output, "manifest.json");
    const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
    if (built > newest) continue;
    const result = spawnSync(process.execPath, [wxt, "build", "extension", ...build.args], {
      cwd: root,
      stdio: "inherit",
    });
    if (result.status !== 0 || !existsSync(manifest))
      throw new Error(`Building the ${build.output} extension for e2e failed.`);
  }
}
