import { env } from "cloudflare:workers";
import type { X509Certificate } from "@peculiar/x509";
import type { Intent } from "../../shared/inventory";
import { parseCertificateUpload } from "../../shared/x509/certificate-upload";
import { certificateFromUpload } from "../src/certificates/create";
import { storeNewCertificates } from "../src/certificates/store";

/** Stores a real certificate (with its PEM, optionally its chain) in an account, as an upload does. */
export async function storeOwnedCertificate(
  accountId: string,
  certificate: X509Certificate,
  options: { intent?: Intent; chainPem?: string; vendor?: string } = {},
): Promise<string> {
  const [upload] = (await parseCertificateUpload(certificate.toString("pem"))).endEntities;
  const record = {
    ...certificateFromUpload(upload, { intent: options.intent, vendor: options.vendor }),
    chainPem: options.chainPem ?? null,
  };
  const stored = await storeNewCertificates(env.DB, { accountId, tokenName: "test" }, [record]);
  return stored.certificates[0].id;
}
