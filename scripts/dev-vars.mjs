// Local secrets for `npm run dev`: .dev.vars, made from .dev.vars.example on first run.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Creates `<root>/.dev.vars` from `.dev.vars.example` with a fresh random ADMIN_TOKEN
 * (32 random bytes, base64url: 43 characters; admin routes refuse fewer than 32) unless it exists. Never overwrites; never prints the token.
 * @returns {{ path: string, created: boolean }}
 */
export function ensureDevVars(root) {
  const devVars = path.join(root, ".dev.vars");
  if (existsSync(devVars)) return { path: devVars, created: false };
  const token = randomBytes(32).toString("base64url");
  const template = readFileSync(path.join(root, ".dev.vars.example"), "utf8");
  const text = /^ADMIN_TOKEN=.*$/m.test(template)
    ? template.replace(/^ADMIN_TOKEN=.*$/m, `ADMIN_TOKEN=${token}`)
    : `${template.trimEnd()}\nADMIN_TOKEN=${token}\n`;
  writeFileSync(devVars, text, { mode: 0o600 });
  return { path: devVars, created: true };
}
