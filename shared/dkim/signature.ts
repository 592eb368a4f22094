/** A DKIM-Signature header's tags (RFC 6376 §3.5), checked for what verification needs. */
export interface DkimSignature {
  algorithm: "rsa-sha256" | "ed25519-sha256";
  signature: Uint8Array<ArrayBuffer>;
  bodyHash: string;
  headerCanon: "simple" | "relaxed";
  bodyCanon: "simple" | "relaxed";
  domain: string;
  /** Signed header names, lower-case, in order. */
  signedHeaders: string[];
  /** Agent or user identifier's domain (i=), defaulting to d=. */
  identityDomain: string;
  bodyLength: number | null;
  selector: string;
  expires: number | null;
}

/** Why a DKIM-Signature header cannot be verified at all. */
export class SignatureFormatError extends Error {}

/** Tag list `a=b; c=d` into a map; folding white space removed where the syntax allows it. */
export function parseTags(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (name && !tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  return tags;
}

/** Base64 (white space allowed inside, as DNS and headers fold it) to bytes. */
export function base64Bytes(value: string): Uint8Array<ArrayBuffer> {
  const clean = value.replace(/[\s]/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new SignatureFormatError("is not base64");
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function canon(value: string | undefined): ["simple" | "relaxed", "simple" | "relaxed"] {
  const [header = "simple", body = "simple"] = (value ?? "simple/simple").toLowerCase().split("/");
  const ok = (c: string): c is "simple" | "relaxed" => c === "simple" || c === "relaxed";
  if (!ok(header) || !ok(body)) throw new SignatureFormatError(`unknown canonicalization c=${value}`);
  return [header, body];
}

/** Reads a DKIM-Signature header value; throws {@link SignatureFormatError} with the reason. */
export function parseSignature(value: string): DkimSignature {
  const tags = parseTags(value);
  const need = (name: string) => {
    const v = tags.get(name);
    if (!v) throw new SignatureFormatError(`the ${name}= tag is missing`);
    return v;
  };
  if (need("v") !== "1") throw new SignatureFormatError(`version v=${tags.get("v")} is not 1`);
  const algorithm = need("a").toLowerCase();
  // RFC 8301: SHA-1 signatures are no longer to be accepted.
  if (algorithm !== "rsa-sha256" && algorithm !== "ed25519-sha256")
    throw new SignatureFormatError(`algorithm ${algorithm} is not accepted`);
  const domain = need("d").toLowerCase().replace(/\.$/, "");
  const signedHeaders = need("h")
    .split(":")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (!signedHeaders.includes("from")) throw new SignatureFormatError("the From header is not signed");
  const identity = tags.get("i")?.replace(/\s/g, "") ?? `@${domain}`;
  const identityDomain = identity.slice(identity.lastIndexOf("@") + 1).toLowerCase();
  if (identityDomain !== domain && !identityDomain.endsWith(`.${domain}`))
    throw new SignatureFormatError(`i=${identity} is not within d=${domain}`);
  const length = tags.get("l");
  if (length !== undefined && !/^\d{1,76}$/.test(length)) throw new SignatureFormatError(`l=${length} is not a length`);
  const expires = tags.get("x");
  const [headerCanon, bodyCanon] = canon(tags.get("c"));
  return {
    algorithm,
    signature: base64Bytes(need("b")),
    bodyHash: need("bh").replace(/\s/g, ""),
    headerCanon,
    bodyCanon,
    domain,
    signedHeaders,
    identityDomain,
    bodyLength: length === undefined ? null : Number(length),
    selector: need("s").toLowerCase(),
    expires: expires && /^\d+$/.test(expires) ? Number(expires) : null,
  };
}
