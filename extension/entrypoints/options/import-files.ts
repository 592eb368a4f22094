import type { WorkerClient } from "../../utils/api";
import { isWorkerError } from "../../utils/api-error";

/** One dropped/chosen file or the pasted text, as the import reads it. */
export interface ImportSource {
  name: string;
  text: string;
}

export type ImportResult =
  | { name: string; ok: true; commonNames: string[] }
  | { name: string; ok: false; reason: "no-pem" | "rejected"; message: string };

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** Whether the text holds at least one PEM certificate block (DER or keys are not certificates). */
export function containsPem(text: string): boolean {
  return PEM_BLOCK.test(text);
}

/**
 * Sends each source to the Worker on its own, so one bad file does not sink the others and
 * every file gets its own result. Files without a PEM block are refused here.
 */
export async function importSources(client: Pick<WorkerClient, "importPem">, sources: ImportSource[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const source of sources) {
    if (!containsPem(source.text)) {
      results.push({ name: source.name, ok: false, reason: "no-pem", message: "" });
      continue;
    }
    try {
      const created = await client.importPem(source.text);
      results.push({ name: source.name, ok: true, commonNames: created.map((c) => c.commonName) });
    } catch (error) {
      const message = isWorkerError(error) ? error.message : error instanceof Error ? error.message : String(error);
      results.push({ name: source.name, ok: false, reason: "rejected", message });
    }
  }
  return results;
}

/** Reads dropped or chosen files as text. */
export async function readFiles(files: Iterable<File>): Promise<ImportSource[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}
