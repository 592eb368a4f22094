// `npm run setup [-- --url <worker> --name <account> --extension-id <id>]`: the first account on
// a running local Worker (`npm run dev`). Reads ADMIN_TOKEN from .dev.vars, creates the account,
// prints its API token and the dashboard link that opens the connection form with the URL filled in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:8787" },
    name: { type: "string", default: "My company" },
    "extension-id": { type: "string" },
  },
});

function adminToken(): string {
  let text: string;
  try {
    text = readFileSync(path.join(root, ".dev.vars"), "utf8");
  } catch {
    throw new Error("No .dev.vars: start the Worker once with `npm run dev`, which creates it with an ADMIN_TOKEN.");
  }
  const token = /^ADMIN_TOKEN=(.+)$/m.exec(text)?.[1]?.trim();
  if (!token) throw new Error(".dev.vars has no ADMIN_TOKEN line.");
  return token;
}

async function main(): Promise<void> {
  const workerUrl = values.url.replace(/\/+$/, "");
  const response = await fetch(`${workerUrl}/api/accounts`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken()}`, "content-type": "application/json" },
    body: JSON.stringify({ name: values.name }),
  }).catch((error: unknown) => {
    throw new Error(
      `No Worker answers at ${workerUrl} (${String(error)}). Start it with \`npm run dev\`, or pass --url.`,
    );
  });
  if (response.status !== 201)
    throw new Error(`Creating the account failed: HTTP ${response.status} ${await response.text()}`);
  const { account, token } = (await response.json()) as { account: { id: string; name: string }; token: string };
  const hash = `#connection?worker=${encodeURIComponent(workerUrl)}`;
  const id = values["extension-id"] ?? "<extension id from chrome://extensions>";
  console.log(`Account "${account.name}" created on ${workerUrl}.`);
  console.log(`\nAPI token (shown once, keep it):\n  ${token}\n`);
  console.log("Open the dashboard with the Worker URL filled in, and paste the token:");
  console.log(`  chrome-extension://${id}/options.html${hash}`);
  console.log(`  (Firefox: moz-extension://<internal UUID>/options.html${hash})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
