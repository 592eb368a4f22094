import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { CertificateRecord } from "../shared/inventory";

const certificateSchema = z.looseObject({
  id: z.string(),
  commonName: z.string(),
  sans: z.array(z.string()).default([]),
  orderNumbers: z.array(z.string()).default([]),
  notAfter: z.string(),
  intent: z.enum(["renew", "let-lapse", "undecided"]),
  autoRenew: z.boolean(),
});
const inventorySchema = z.union([
  z.array(certificateSchema),
  z.looseObject({ certificates: z.array(certificateSchema) }),
]);

/** Runs a command-line script, turning a thrown error into one line on stderr and exit code 2. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const err = error as NodeJS.ErrnoException;
    console.error(err.code === "ENOENT" ? `No such file or folder: ${err.path}` : (err.message ?? String(error)));
    process.exit(2);
  });
}

/** Reads an inventory file (a bare array or `{ certificates }`), saying what is wrong if it is not one. */
export async function loadInventory(file: string): Promise<CertificateRecord[]> {
  const parsed = inventorySchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not an inventory: ${z.prettifyError(parsed.error)}`);
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.certificates;
  return list as CertificateRecord[];
}

/** The .eml files named, or found directly inside the folders named, sorted by name. */
export async function listEmlFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort())
        if (name.toLowerCase().endsWith(".eml")) files.push(path.join(p, name));
    } else files.push(p);
  }
  return files;
}
