/// <reference path="../punycode.d.ts" />
import punycode from "punycode.js";
import { canonicalIpAddress } from "./ip-address";

/**
 * A DNS name in the one form names are compared in: lower case, no trailing dot, internationalized
 * labels as punycode (`Bücher.example` → `xn--bcher-kva.example`), so either form finds the other.
 * An IP address comes back in its canonical form.
 */
export function normalizeHostname(name: string): string {
  const lowered = name.trim().toLowerCase().replace(/\.$/, "");
  const ip = canonicalIpAddress(lowered);
  if (ip) return ip;
  if (!/[^\p{ASCII}]/u.test(lowered)) return lowered;
  try {
    return punycode.toASCII(lowered.normalize("NFC"));
  } catch {
    return lowered; // a label punycode cannot encode: compare it as written
  }
}

/** A DNS name as people read it: `xn--` labels decoded (`xn--bcher-kva.example` → `bücher.example`). */
export function hostnameToUnicode(name: string): string {
  if (!/(^|\.)xn--/i.test(name)) return name;
  try {
    return punycode.toUnicode(name.toLowerCase());
  } catch {
    return name;
  }
}

/**
 * Whether a certificate name (possibly a wildcard) covers a hostname, by RFC 6125 rules:
 * `*` stands for exactly one leftmost label, so `*.example.com` covers `a.example.com`
 * but neither `example.com` nor `a.b.example.com`. Unicode and punycode forms match each other;
 * IP addresses match when they are the same address however written.
 * @example hostnameMatches("*.example.com", "www.example.com") // true
 */
export function hostnameMatches(certName: string, hostname: string): boolean {
  const pattern = normalizeHostname(certName);
  const host = normalizeHostname(hostname);
  if (!pattern || !host) return false;
  if (pattern === host) return true;
  if (!pattern.startsWith("*.") || canonicalIpAddress(host)) return false;
  const suffix = pattern.slice(1); // ".example.com"
  if (!host.endsWith(suffix)) return false;
  const label = host.slice(0, host.length - suffix.length);
  return label.length > 0 && !label.includes(".");
}

/** Whether any of a certificate's names (CN, DNS and IP SANs) covers the hostname. */
export function certificateCovers(names: readonly string[], hostname: string): boolean {
  return names.some((name) => hostnameMatches(name, hostname));
}

/**
 * Of several names (a subject with more than one CN), the most specific: the one with the most
 * labels, a literal name before a wildcard, else the first. Undefined when there is none.
 * @example mostSpecificName(["example.com", "www.example.com"]) // "www.example.com"
 */
export function mostSpecificName(names: readonly string[]): string | undefined {
  let best: string | undefined;
  const weight = (name: string) => name.split(".").length * 2 - (name.startsWith("*.") ? 1 : 0);
  for (const name of names) if (best === undefined || weight(name) > weight(best)) best = name;
  return best;
}

/**
 * A name as the dashboard shows it: an internationalized name in Unicode with its punycode
 * after it, any other name as it is.
 * @example displayHostname("xn--bcher-kva.example") // "bücher.example (xn--bcher-kva.example)"
 */
export function displayHostname(name: string): string {
  const ascii = normalizeHostname(name);
  const unicode = hostnameToUnicode(ascii);
  return unicode === ascii ? name : `${unicode} (${ascii})`;
}
