/** The outcome of checking one DKIM-Signature header (RFC 6376 §6, RFC 8601 result names). */
export interface DkimResult {
  /** The signing domain (d=), lower-cased; empty when the signature could not be read. */
  domain: string;
  /** The selector (s=). */
  selector: string;
  /** `rsa-sha256` or `ed25519-sha256` (anything else is a permerror). */
  algorithm: string;
  /**
   * `pass`: the signature verifies with the published key; `fail`: it does not (body or headers
   * changed, wrong key); `neutral`: not checked (unsupported); `temperror`: the key could not be
   * looked up now; `permerror`: the signature or key is malformed, revoked or expired.
   */
  result: "pass" | "fail" | "neutral" | "temperror" | "permerror";
  /** Why, in plain words. */
  reason: string;
}

/**
 * Looks up the TXT records of a DNS name: the strings of each record joined, or an empty list
 * when the name has none. Throws (or rejects) when the lookup itself failed.
 */
export type TxtResolver = (name: string) => Promise<string[]>;
