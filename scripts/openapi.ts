// Writes the Worker's OpenAPI document (what GET /api/openapi.json answers) without a running
// Worker: to standard output, or to the file after --out (`npm run lint:openapi` lints that file).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { app } from "../worker/src/app";

const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
const response = await app.request(
  "http://localhost:8787/api/openapi.json",
  {},
  { APP_VERSION: process.env.npm_package_version ?? "0.0.0" },
);
if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
const document = `${JSON.stringify(await response.json(), null, 2)}\n`;
if (!out) process.stdout.write(document);
else {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, document);
}
