import type { WorkerClient } from "../../utils/api/api";
import { isWorkerError } from "../../utils/api/api-error";

/** One dropped/chosen file or the pasted text, as bytes: a `.cer` may be PEM text or binary DER. */
export interface ImportSource {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type ImportResult =
  | { name: string; ok: true; commonNames: string[]; created: number }
  | { name: string; ok: false; reason: "not-a-certificate" | "rejected"; message: string };

/** PEM text, a DER certificate, a DER PKCS#7 bundle (.p7b/.p7c), a PKCS#12 (.p12/.pfx), an inventory file (JSON), or none of these. */
export type CertificateEncoding = "pem" | "der" | "pkcs7" | "pkcs12" | "inventory" | null;

const PEM_BLOCK = /-----BEGIN (CERTIFICATE|PKCS7)-----[\s\S]+?-----END \1-----/;
/** DER starts with a SEQUENCE tag and a long length (0x82: two length bytes follow). */
const DER_SEQUENCE = 0x30;
/** The OID 1.2.840.113549.1.7.2 (PKCS#7 SignedData) as DER, first thing in a PKCS#7 file. */
const SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
/** A PKCS#12 PFX opens with its version, INTEGER 3. */
const PFX_VERSION = [0x02, 0x01, 0x03];

/** Media type the Worker reads each encoding as; PEM text goes as text. */
const MEDIA_TYPES = {
  der: "application/pkix-cert",
  pkcs7: "application/pkcs7-mime",
  pkcs12: "application/x-pkcs12",
} as const;

function startsWith(bytes: Uint8Array, at: number, wanted: readonly number[]): boolean {
  return wanted.every((b, i) => bytes[at + i] === b);
}

/** Whether the file holds PEM certificates (or PKCS#7), DER (a certificate, PKCS#7 or PKCS#12), an inventory file (JSON), or none of these (a key, a CSR, a PDF…). */
export function certificateEncoding(bytes: Uint8Array): CertificateEncoding {
  const text = new TextDecoder("latin1").decode(bytes);
  if (PEM_BLOCK.test(text)) return "pem";
  if (/^\s*[[{]/.test(text)) return "inventory";
  if (bytes[0] !== DER_SEQUENCE || (bytes[1] !== 0x82 && bytes[1] !== 0x81 && bytes[1] !== 0x83)) return null;
  const body = 2 + (bytes[1] & 0x7f);
  if (startsWith(bytes, body, SIGNED_DATA_OID)) return "pkcs7";
  if (startsWith(bytes, body, PFX_VERSION)) return "pkcs12";
  return "der";
}

/**
 * Sends each source to the Worker on its own, so one bad file does not sink the others and
 * every file gets its own result; the Worker's own reason is kept for a refused one.
 */
export async function importSources(
  client: Pick<WorkerClient, "importPem" | "importDer" | "importInventory">,
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
      // A PKCS#12 goes too: the Worker's refusal says how to export the certificate instead.
      const stored =
        encoding === "pem"
          ? await client.importPem(new TextDecoder().decode(bytes))
          : encoding === "inventory"
            ? await client.importInventory(new TextDecoder().decode(bytes))
            : await client.importDer(bytes, MEDIA_TYPES[encoding]);
      results.push({
        name,
        ok: true,
        commonNames: stored.certificates.map((c) => c.commonName),
        created: stored.created ?? stored.certificates.length,
      });
    } catch (error) {
      const message = isWorkerError(error) ? error.message : error instanceof Error ? error.message : String(error);
      results.push({ name, ok: false, reason: "rejected", message });
    }
  }
  return results;
}

/** Reads dropped or chosen files. */
export async function readFiles(files: Iterable<File>): Promise<ImportSource[]> {
  return Promise.all(
    [...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

/** The pasted text as a source. */
export function pastedSource(name: string, text: string): ImportSource {
  return { name, bytes: new TextEncoder().encode(text) };
}
