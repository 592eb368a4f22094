/**
 * Which URLs the Worker may send a request to. Every outbound request (webhooks, CRL, OCSP,
 * CA issuers, CT search, and each redirect hop of them) is judged here before it is made.
 *
 * A Worker cannot resolve a name before `fetch`, so names are judged by name: local names
 * (`localhost`, `*.internal`, `*.local`, names without a dot) are refused, and a public name
 * that resolves to a private address is refused by Cloudflare's own network. Addresses are
 * judged after the WHATWG URL parser has normalised them, so `0x7f000001`, `2130706433`,
 * `0177.0.0.1` and `127.1` are all 127.0.0.1 here, and IPv6 forms are compared as numbers.
 */
import ipaddr from "ipaddr.js";

/** How strict a request's target check is. */
export interface TargetPolicy {
  /** OUTBOUND_ALLOW_PRIVATE: loopback, private networks and plain http are allowed (local development). */
  allowPrivate: boolean;
  /** Webhooks carry account data: https only (unless allowPrivate). */
  httpsOnly?: boolean;
}

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Names that are never a public host: RFC 6761/6762 special-use and cloud-internal names. */
const LOCAL_SUFFIXES = ["localhost", "local", "internal", "localdomain", "home.arpa"];
/** Cloud metadata services: refused even when private targets are allowed. */
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);
const METADATA_ADDRESSES = new Set([
  "169.254.169.254",
  "169.254.170.2",
  "100.100.100.200",
  "168.63.129.16",
  "fd00:ec2::254",
]);

/** ipaddr.js range names, in words a person reads in an error. */
const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private network address",
  linkLocal: "a link-local address",
  carrierGradeNat: "a carrier-grade NAT address",
  uniqueLocal: "a unique-local address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
};
/** Ranges OUTBOUND_ALLOW_PRIVATE opens; the others (multicast, reserved …) never make sense. */
const PRIVATE_RANGES = new Set(["loopback", "private", "linkLocal", "carrierGradeNat", "uniqueLocal"]);

/**
 * Whether the Worker may request `url`; the reason says what is wrong with the target in words,
 * never anything learnt by connecting to it.
 */
export function checkTarget(url: string | URL, policy: TargetPolicy): TargetCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "it is not a valid URL" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { ok: false, reason: "only http and https URLs are allowed" };
  if (policy.httpsOnly && parsed.protocol !== "https:" && !policy.allowPrivate)
    return { ok: false, reason: "it must use https" };
  const refusal = hostRefusal(parsed.hostname, policy.allowPrivate);
  return refusal ? { ok: false, reason: refusal } : { ok: true, url: parsed };
}

function hostRefusal(hostname: string, allowPrivate: boolean): string | null {
  const host = hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.+$/, "")
    .toLowerCase();
  if (ipaddr.isValid(host)) return addressRefusal(ipaddr.parse(host), allowPrivate);
  if (METADATA_NAMES.has(host)) return `${host} is a cloud metadata service`;
  if (allowPrivate) return null;
  if (!host.includes(".")) return `${host || "the host"} is not a public name`;
  const suffix = LOCAL_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`));
  return suffix ? `${host} is a local name (.${suffix}), not a public one` : null;
}

function addressRefusal(address: ipaddr.IPv4 | ipaddr.IPv6, allowPrivate: boolean): string | null {
  const shown = address.toString();
  if (METADATA_ADDRESSES.has(shown)) return `${shown} is a cloud metadata service`;
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) {
      if (!allowPrivate) return `${shown} is ${RANGE_WORDS.ipv4Mapped}`;
      return addressRefusal(v6.toIPv4Address(), allowPrivate);
    }
    // ::a.b.c.d (IPv4-compatible, deprecated) reaches the IPv4 address on some stacks.
    if (v6.parts.slice(0, 6).every((part) => part === 0) && v6.range() === "unicast")
      return `${shown} is an IPv4-compatible IPv6 address`;
  }
  const range = address.range();
  if (range === "unicast") return null;
  if (allowPrivate && PRIVATE_RANGES.has(range)) return null;
  return `${shown} is ${RANGE_WORDS[range] ?? "a reserved address"}, not a public one`;
}

/** OUTBOUND_ALLOW_PRIVATE="true" opens loopback and private targets (local development and tests). */
export function allowsPrivateTargets(env: { OUTBOUND_ALLOW_PRIVATE?: string }): boolean {
  return env.OUTBOUND_ALLOW_PRIVATE === "true";
}
