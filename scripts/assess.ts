// Assesses vendor emails against an inventory:
//   npm run assess -- [--inventory FILE] [--json] [--locale LANG] PATH...
// PATH is .eml files or folders of them. Without --inventory, test/fixtures/inventory.json is used.
// --locale writes the reasons in that language (en, de, fr, es, nl, it, pt); a file that cannot be
// read or assessed is reported and the others go on (exit status 1 at the end).
import type { Assessment } from "../shared/notice/types";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { assessNotice } from "../shared/notice/assess";
import { localizeAssessment, reasonLanguage } from "../shared/notice/reasons";
import { listEmlFiles, loadInventory, runScript } from "./notice-files";

const args = process.argv.slice(2);
let inventoryFile = path.join(import.meta.dirname, "../test/fixtures/inventory.json");
let json = false;
let locale = "en";
const paths: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--json") json = true;
  else if (args[i] === "--inventory") inventoryFile = args[++i] ?? "";
  else if (args[i] === "--locale") locale = reasonLanguage(args[++i]);
  else paths.push(args[i]);
}
if (!paths.length || !inventoryFile) {
  console.error("usage: npm run assess -- [--inventory FILE] [--json] [--locale LANG] PATH...");
  process.exit(2);
}

runScript(async () => {
  const inventory = await loadInventory(inventoryFile);
  const rows = [];
  const failed: string[] = [];
  for (const file of await listEmlFiles(paths)) {
    let a: Assessment;
    try {
      a = localizeAssessment(await assessNotice(await readFile(file), inventory), locale);
    } catch (error) {
      failed.push(file);
      console.error(`${path.basename(file)}  FAILED  ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (json) {
      rows.push({
        file: path.basename(file),
        kind: a.kind,
        certificate: a.certificate,
        misleading: a.misleading,
        spoofed: a.spoofed,
        reasons: a.reasons,
        claims: a.claims,
        language: a.language,
      });
    } else {
      const flags = [a.misleading && "MISLEADING", a.spoofed && "SPOOFED"].filter(Boolean).join(" ");
      const first = a.reasons[0]?.message ?? a.spoofReasons[0]?.message ?? "";
      console.log(
        `${path.basename(file)}  ${a.kind}  ${a.certificate ?? "-"}  ${a.language}${flags ? `  ${flags}` : ""}${first ? `  — ${first}` : ""}`,
      );
    }
  }
  if (json) console.log(JSON.stringify(rows, null, 2));
  if (failed.length) {
    console.error(`${failed.length} file(s) could not be assessed: ${failed.map((f) => path.basename(f)).join(", ")}`);
    process.exitCode = 1;
  }
});
