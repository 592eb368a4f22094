import type { CertificateRecord } from "../inventory";
import { normalizeHostname } from "../x509/hostname";

/** Lookups from what a notice may name to the certificates it identifies. */
export interface InventoryIndex {
  /** Exact names (CN and SANs, a wildcard as written) → certificates. */
  byName: ReadonlyMap<string, readonly CertificateRecord[]>;
  /** The base of a wildcard name ("track.example.com" for "*.track.example.com") → certificates. */
  byWildcardBase: ReadonlyMap<string, readonly CertificateRecord[]>;
  /** Order numbers, upper case → certificates. */
  byOrder: ReadonlyMap<string, readonly CertificateRecord[]>;
  /** Serial numbers and SHA-256 fingerprints, upper-case hex without leading zeros → certificate and which it was. */
  byHex: ReadonlyMap<string, { cert: CertificateRecord; kind: "serial" | "fingerprint" }>;
  /** Order numbers with characters other than letters, digits and dashes (searched for in the text). */
  oddOrders: readonly string[];
}

const TOKEN_SAFE_RE = /^[A-Z0-9-]+$/;

/** Leading zeros dropped: serials are written with and without them. */
export const stripZeros = (hex: string) => hex.replace(/^0+/, "");

function add<K>(map: Map<K, CertificateRecord[]>, key: K, cert: CertificateRecord): void {
  const list = map.get(key);
  if (!list) map.set(key, [cert]);
  else if (!list.includes(cert)) list.push(cert);
}

function build(inventory: readonly CertificateRecord[]): InventoryIndex {
  const byName = new Map<string, CertificateRecord[]>();
  const byWildcardBase = new Map<string, CertificateRecord[]>();
  const byOrder = new Map<string, CertificateRecord[]>();
  const byHex = new Map<string, { cert: CertificateRecord; kind: "serial" | "fingerprint" }>();
  const oddOrders = new Set<string>();
  for (const cert of inventory) {
    for (const raw of [cert.commonName, ...cert.sans]) {
      const name = normalizeHostname(raw);
      if (!name) continue;
      add(byName, name, cert);
      if (name.startsWith("*.")) add(byWildcardBase, name.slice(2), cert);
    }
    for (const order of cert.orderNumbers) {
      const upper = order.toUpperCase();
      add(byOrder, upper, cert);
      if (!TOKEN_SAFE_RE.test(upper)) oddOrders.add(upper);
    }
    if (cert.serialNumber) byHex.set(stripZeros(cert.serialNumber.toUpperCase()), { cert, kind: "serial" });
    if (cert.fingerprintSha256)
      byHex.set(stripZeros(cert.fingerprintSha256.toUpperCase()), { cert, kind: "fingerprint" });
  }
  return { byName, byWildcardBase, byOrder, byHex, oddOrders: [...oddOrders] };
}

// One index per inventory array: a Worker assessing many notices against one account builds it once.
const CACHE = new WeakMap<readonly CertificateRecord[], InventoryIndex>();

/** The lookups for an inventory, built on first use and kept while the array lives. */
export function indexInventory(inventory: readonly CertificateRecord[]): InventoryIndex {
  let index = CACHE.get(inventory);
  if (!index) {
    index = build(inventory);
    CACHE.set(inventory, index);
  }
  return index;
}
