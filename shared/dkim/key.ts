import { base64Bytes, parseTags } from "./signature";

/** A DKIM public key record (RFC 6376 §3.6.1) as published in DNS. */
export interface DkimKeyRecord {
  keyType: "rsa" | "ed25519";
  /** Key data; empty when the key was revoked. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** Acceptable hash algorithms (h=), all when absent. */
  hashes: string[] | null;
  /** t=s: the signing identity must be the domain itself, not a subdomain. */
  strictIdentity: boolean;
}

/** Reads one TXT record as a DKIM key; null when it is not one (another TXT record at the name). */
export function parseKeyRecord(txt: string): DkimKeyRecord | null {
  const tags = parseTags(txt);
  const version = tags.get("v");
  if (version !== undefined && version !== "DKIM1") return null;
  const p = tags.get("p");
  if (p === undefined) return null;
  const keyType = (tags.get("k") ?? "rsa").toLowerCase();
  if (keyType !== "rsa" && keyType !== "ed25519") return null;
  return {
    keyType,
    publicKey: p.trim() === "" ? new Uint8Array() : base64Bytes(p),
    hashes:
      tags
        .get("h")
        ?.split(":")
        .map((h) => h.trim().toLowerCase()) ?? null,
    strictIdentity: (tags.get("t") ?? "")
      .split(":")
      .map((t) => t.trim())
      .includes("s"),
  };
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

// AlgorithmIdentifier { rsaEncryption, NULL }.
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** Wraps a bare PKCS#1 RSAPublicKey (which some publish instead of SubjectPublicKeyInfo) into SPKI. */
function spkiOfPkcs1(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00, ...pkcs1];
  const inner = [...RSA_ALGORITHM, ...bitString];
  return new Uint8Array([0x30, ...derLength(inner.length), ...inner]);
}

// RFC 8301: keys shorter than 1024 bits are not to be trusted.
const MIN_RSA_BITS = 1024;

/** Imports a key record for WebCrypto verification; throws with a reason when it is unusable. */
export async function importDkimKey(record: DkimKeyRecord): Promise<CryptoKey> {
  if (record.keyType === "ed25519") {
    if (record.publicKey.length !== 32) throw new Error("the Ed25519 key is not 32 bytes");
    return crypto.subtle.importKey("raw", record.publicKey, { name: "Ed25519" }, false, ["verify"]);
  }
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey("spki", record.publicKey, algorithm, false, ["verify"]);
  } catch {
    key = await crypto.subtle.importKey("spki", spkiOfPkcs1(record.publicKey), algorithm, false, ["verify"]);
  }
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < MIN_RSA_BITS) throw new Error(`the RSA key has ${bits} bits, fewer than ${MIN_RSA_BITS}`);
  return key;
}
