import type { WorkerClient } from "../../utils/api";
import { isWorkerError } from "../../utils/api-error";

/** One dropped/chosen file or the pasted text, as bytes: a `.cer` may be PEM text or binary DER. */
export interface ImportSource {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type ImportResult =
  | { name: string; ok: true; commonNames: string[]; created: number }
  | { name: string; ok: false; reason: "not-a-certificate" | "rejected"; message: string };

export type CertificateEncoding = "pem" | "der" | null;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
/** DER certificates start with a SEQUENCE tag and a long length (0x82: two length bytes follow). */
const DER_SEQUENCE = 0x30;

/** Whether the file holds PEM certificates, a DER certificate, or neither (a key, a CSR, a PDF…). */
export function certificateEncoding(bytes: Uint8Array): CertificateEncoding {
  const text = new TextDecoder("latin1").decode(bytes);
  if (PEM_BLOCK.test(text)) return "pem";
  if (bytes[0] === DER_SEQUENCE && (bytes[1] === 0x82 || bytes[1] === 0x81)) return "der";
  return null;
}

/**
 * Sends each source to the Worker on its own, so one bad file does not sink the others and
 * every file gets its own result; the Worker's own reason is kept for a refused one.
 */
export async function importSources(
  client: Pick<WorkerClient, "importPem" | "importDer">,
  sources: ImportSource[],
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const { name, bytes } of sources) {
    const encoding = certificateEncoding(bytes);
    if (!encoding) {
      results.push({ name, ok: false, reason: "not-a-certificate", message: "" });
      continue;
    }
    try {
      const stored = encoding === "pem" ? await client.importPem(new TextDecoder().decode(bytes)) : await client.importDer(bytes);
      results.push({ name, ok: true, commonNames: stored.certificates.map((c) => c.commonName), created: stored.created });
    } catch (error) {
      const message = isWorkerError(error) ? error.message : error instanceof Error ? error.message : String(error);
      results.push({ name, ok: false, reason: "rejected", message });
    }
  }
  return results;
}

/** Reads dropped or chosen files. */
export async function readFiles(files: Iterable<File>): Promise<ImportSource[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** The pasted text as a source. */
export function pastedSource(name: string, text: string): ImportSource {
  return { name, bytes: new TextEncoder().encode(text) };
}
