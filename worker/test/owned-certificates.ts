import { env } from "cloudflare:workers";
import type { X509Certificate } from "@peculiar/x509";
import type { Intent } from "../../shared/inventory";
import { parseCertificate } from "../../shared/x509/parse-certificate";
import { newCertificate } from "../src/ct/import";
import { prepareInsertCertificate } from "../src/db/certificates";

/** Stores a real certificate (with its PEM, optionally its chain) in an account, as an upload would. */
export async function storeOwnedCertificate(
  accountId: string,
  certificate: X509Certificate,
  options: { intent?: Intent; chainPem?: string; vendor?: string } = {},
): Promise<string> {
  const parsed = await parseCertificate(new Uint8Array(certificate.rawData));
  const record = { ...newCertificate(parsed, { intent: options.intent, vendor: options.vendor }), chainPem: options.chainPem ?? null };
  await prepareInsertCertificate(env.DB, accountId, record, new Date().toISOString()).run();
  return record.id;
}
