import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** Folder of the real-looking `.eml` fixtures the MIME tests parse. */
const FIXTURE_DIR = path.join(import.meta.dirname, "../../test/fixtures/emails");

/** The raw bytes of one fixture email. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURE_DIR, name)));
}

/** Names of every MIME fixture (`mime-*.eml`). */
export function mimeFixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.startsWith("mime-") && f.endsWith(".eml"))
    .sort();
}
