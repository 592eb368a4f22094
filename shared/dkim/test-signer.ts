import { generateKeyPairSync } from "node:crypto";
import { dkimSign } from "mailauth/lib/dkim/sign";
import type { TxtResolver } from "./types";

/** A signing key made for a test, with the TXT record that publishes it. */
export interface TestDkimKey {
  privateKeyPem: string;
  record: string;
}

/** A fresh RSA (2048-bit) or Ed25519 key and its `v=DKIM1` record. */
export function makeDkimKey(type: "rsa" | "ed25519"): TestDkimKey {
  if (type === "rsa") {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const spki = publicKey.export({ type: "spki", format: "der" }).toString("base64");
    return {
      privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      record: `v=DKIM1; k=rsa; p=${spki}`,
    };
  }
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  // RFC 8463: the record holds the bare 32-byte key, the last 32 bytes of its SPKI.
  const raw = publicKey.export({ type: "spki", format: "der" }).subarray(-32).toString("base64");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    record: `v=DKIM1; k=ed25519; p=${raw}`,
  };
}

/**
 * Signs a message with mailauth's signer, an implementation independent of ours, so a shared
 * misreading of RFC 6376 cannot make both sides agree.
 */
export async function signMessage(
  message: string,
  domain: string,
  selector: string,
  key: TestDkimKey,
  options: { canonicalization?: string; maxBodyLength?: number; headerList?: string[] } = {},
): Promise<string> {
  const signature = {
    signingDomain: domain,
    selector,
    privateKey: key.privateKeyPem,
    canonicalization: options.canonicalization ?? "relaxed/relaxed",
    ...(options.maxBodyLength ? { maxBodyLength: options.maxBodyLength } : {}),
    ...(options.headerList ? { headerList: options.headerList } : {}),
  };
  const { signatures, errors } = await dkimSign(message, { ...signature, signatureData: [signature] });
  if (errors?.length || !signatures) throw new Error(`signing failed: ${JSON.stringify(errors)}`);
  return signatures + message;
}

/** A resolver that answers from a fixed map of names to TXT records. */
export function mapResolver(records: Record<string, string[]>): TxtResolver {
  return async (name) => records[name] ?? [];
}
