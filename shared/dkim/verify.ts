import { bytesOf, canonicalBody, canonicalHeader, type RawHeader, type RawMessage, splitMessage } from "./canonicalize";
import { importDkimKey, parseKeyRecord } from "./key";
import { type DkimSignature, parseSignature, SignatureFormatError } from "./signature";
import type { DkimResult, TxtResolver } from "./types";

/** Options for {@link verifyDkim}. */
export interface DkimOptions {
  /** Looks up `<selector>._domainkey.<domain>` TXT records (see `dohTxtResolver`). */
  resolve: TxtResolver;
  /** The moment signatures are judged at (x= expiry); defaults to now. */
  now?: Date;
  /** Signatures checked at most; mail rarely has more than three, hostile mail may have hundreds. */
  maxSignatures?: number;
}

const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const sha256 = (data: Uint8Array<ArrayBuffer>) => crypto.subtle.digest("SHA-256", data);

/** The signed header data (RFC 6376 §3.7): the h= headers bottom-up, then the signature with b= empty. */
function signedData(message: RawMessage, sig: DkimSignature, own: RawHeader): string {
  const used = new Map<string, number>();
  let data = "";
  for (const name of sig.signedHeaders) {
    // Each listed name takes the next instance from the bottom; a name listed more often than it
    // occurs adds nothing (which is how signers guard against added headers).
    const instances = message.headers.filter((h) => h.name === name);
    const taken = used.get(name) ?? 0;
    used.set(name, taken + 1);
    const header = instances[instances.length - 1 - taken];
    if (header) data += `${canonicalHeader(header, sig.headerCanon)}\r\n`;
  }
  const colon = own.raw.indexOf(":");
  const emptied = {
    name: own.name,
    raw: own.raw.slice(0, colon + 1) + own.raw.slice(colon + 1).replace(/(^|;)([ \t\r\n]*b[ \t\r\n]*=)[^;]*/, "$1$2"),
  };
  return data + canonicalHeader(emptied, sig.headerCanon);
}

async function verifyOne(message: RawMessage, own: RawHeader, options: DkimOptions): Promise<DkimResult> {
  let sig: DkimSignature;
  try {
    sig = parseSignature(own.raw.slice(own.raw.indexOf(":") + 1));
  } catch (error) {
    const tags = own.raw.toLowerCase();
    const domain = /[;:\s]d\s*=\s*([^;\s]+)/.exec(tags)?.[1] ?? "";
    const selector = /[;:\s]s\s*=\s*([^;\s]+)/.exec(tags)?.[1] ?? "";
    const reason =
      error instanceof SignatureFormatError
        ? `the signature is malformed: ${error.message}`
        : "the signature is malformed";
    return {
      domain,
      selector,
      algorithm: /[;:\s]a\s*=\s*([^;\s]+)/.exec(tags)?.[1] ?? "",
      result: "permerror",
      reason,
    };
  }
  const base = { domain: sig.domain, selector: sig.selector, algorithm: sig.algorithm };
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (sig.expires !== null && sig.expires < now)
    return { ...base, result: "permerror", reason: "the signature has expired (x=)" };

  // A second From above the signed one would be what a reader sees while the signature covers the other.
  const froms = message.headers.filter((h) => h.name === "from").length;
  if (froms > sig.signedHeaders.filter((h) => h === "from").length) {
    return { ...base, result: "fail", reason: "a From header that the signature does not cover was added" };
  }
  let body = canonicalBody(message.body, sig.bodyCanon);
  if (sig.bodyLength !== null) {
    if (sig.bodyLength > body.length)
      return { ...base, result: "fail", reason: "the body is shorter than the signed length (l=)" };
    body = body.slice(0, sig.bodyLength);
  }
  if (toBase64(await sha256(bytesOf(body))) !== sig.bodyHash)
    return { ...base, result: "fail", reason: "the body hash did not verify: the body was changed" };

  let records: string[];
  try {
    records = await options.resolve(`${sig.selector}._domainkey.${sig.domain}`);
  } catch (error) {
    return {
      ...base,
      result: "temperror",
      reason: `the key could not be looked up: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const record = records
    .map((txt) => {
      try {
        return parseKeyRecord(txt);
      } catch {
        return null;
      }
    })
    .find((r) => r !== null);
  if (!record)
    return {
      ...base,
      result: "permerror",
      reason: `no DKIM key is published at ${sig.selector}._domainkey.${sig.domain}`,
    };
  if (record.publicKey.length === 0) return { ...base, result: "permerror", reason: "the key was revoked (empty p=)" };
  if (`${record.keyType}-sha256` !== sig.algorithm)
    return { ...base, result: "permerror", reason: `the key is ${record.keyType}, the signature ${sig.algorithm}` };
  if (record.hashes && !record.hashes.includes("sha256"))
    return { ...base, result: "permerror", reason: "the key does not allow SHA-256" };
  if (record.strictIdentity && sig.identityDomain !== sig.domain)
    return { ...base, result: "permerror", reason: "the key forbids subdomain identities (t=s)" };

  let key: CryptoKey;
  try {
    key = await importDkimKey(record);
  } catch (error) {
    return {
      ...base,
      result: "permerror",
      reason: `the key is unusable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const data = bytesOf(signedData(message, sig, own));
  const ok =
    sig.algorithm === "rsa-sha256"
      ? await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, sig.signature, data)
      : // RFC 8463: Ed25519 signs the SHA-256 hash of the header data.
        await crypto.subtle.verify("Ed25519", key, sig.signature, await sha256(data));
  return ok
    ? { ...base, result: "pass", reason: "the signature verifies with the published key" }
    : {
        ...base,
        result: "fail",
        reason: "the signature did not verify: headers were changed or the key does not match",
      };
}

/**
 * Verifies every DKIM-Signature of a raw message (RFC 6376, RSA-SHA256 and Ed25519-SHA256 per
 * RFC 8463) with WebCrypto, so it runs alike in the Worker and the browser. Keys come from the
 * injected resolver. Never throws: each signature gets a result and a reason.
 *
 * @example const results = await verifyDkim(raw, { resolve: dohTxtResolver(fetchJson) });
 */
export async function verifyDkim(raw: string | Uint8Array | ArrayBuffer, options: DkimOptions): Promise<DkimResult[]> {
  const message = splitMessage(raw);
  const signatures = message.headers.filter((h) => h.name === "dkim-signature").slice(0, options.maxSignatures ?? 5);
  return Promise.all(
    signatures.map((own) =>
      verifyOne(message, own, options).catch(
        (error: unknown): DkimResult => ({
          domain: "",
          selector: "",
          algorithm: "",
          result: "temperror",
          reason: `verification failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      ),
    ),
  );
}
