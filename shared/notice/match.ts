import type { CertificateRecord } from "../inventory";
import { normalizeHostname } from "../x509/hostname";
import { type InventoryIndex, indexInventory, stripZeros } from "./inventory-index";
import type { CertificateMatch, MatchedBy } from "./types";
import { getDomain } from "tldts";
import { sameVendor, vendorByDomain } from "./vendors";

/** What the notice offers for telling certificates apart. */
export interface MatchInput {
  subject: string;
  /** The notice's own content (never the forwarder's note, never recipient headers). */
  text: string;
  /** Order numbers the rules read, upper case. */
  orderNumbers: string[];
  /** Expiry dates the notice states, ISO. */
  expiryDates: string[];
  vendor: string | null;
}

// A host name not inside an email address (the local part or the domain of one). Labels may be
// Unicode (`bücher.example`): an ASCII-only pattern would read `cher.example` out of it.
const HOST_RE =
  /(?<![\p{L}\p{N}_@.-])(\*\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,24}|xn--[a-z0-9-]{1,59}))(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;
const ID_CHAR_RE = /[A-Z0-9-]/;
const TOKEN_RE = /[A-Z0-9][A-Z0-9-]*/g;
const HEX_RE = /(?<![0-9a-f])[0-9a-f]{2}(?:[: ]?[0-9a-f]{2}){7,63}(?![0-9a-f])/gi;

interface Candidate {
  cert: CertificateRecord;
  score: number;
  by: MatchedBy;
  value: string;
  nameHits: number;
}

// Japanese, Chinese and Korean write no space between a name and the word after or before it
// ("portal.example.de의 SSL 인증서", "example.comの証明書"): a boundary between such letters and
// a Latin letter or digit is where a host name ends or begins.
const UNSPACED_SCRIPT_BOUNDARY =
  /(?<=[a-z0-9])(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])(?=[a-z0-9*])/giu;

function hostMatches(text: string) {
  return text.replace(UNSPACED_SCRIPT_BOUNDARY, " ").matchAll(HOST_RE);
}

function hostsIn(text: string): Map<string, number> {
  const hosts = new Map<string, number>();
  for (const m of hostMatches(text)) {
    const host = normalizeHostname((m[1] ?? "") + m[2]);
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  return hosts;
}

/**
 * Whether the text names any host other than a vendor's own (a link to digicert.com names no
 * certificate): a notice that names nothing cannot be about a specific certificate.
 */
export function namesAnyHost(text: string): boolean {
  for (const m of hostMatches(text)) {
    const host = normalizeHostname(m[2]);
    if (!vendorByDomain(getDomain(host) ?? host)) return true;
  }
  return false;
}

/** Whether an identifier occurs in upper-cased text as a whole token. */
function containsToken(upper: string, wanted: string): boolean {
  for (let at = upper.indexOf(wanted); at >= 0; at = upper.indexOf(wanted, at + 1)) {
    const before = upper[at - 1] ?? " ";
    const after = upper[at + wanted.length] ?? " ";
    if (!ID_CHAR_RE.test(before) && !ID_CHAR_RE.test(after)) return true;
  }
  return false;
}

/** Order numbers of the inventory that the notice states or mentions, upper case. */
function ordersIn(upper: string, stated: readonly string[], index: InventoryIndex): Set<string> {
  const found = new Set<string>();
  for (const n of stated) if (index.byOrder.has(n.toUpperCase())) found.add(n.toUpperCase());
  for (const m of upper.matchAll(TOKEN_RE)) if (index.byOrder.has(m[0])) found.add(m[0]);
  for (const odd of index.oddOrders) if (containsToken(upper, odd)) found.add(odd);
  return found;
}

/**
 * Finds the owned certificate a notice is about. Names (CN or SAN, wildcard aware) decide;
 * among several named certificates the subject line, order number, stated expiry and vendor
 * break the tie. Without a name, a serial, fingerprint or known order number identifies the
 * certificate; an unknown order number or the vendor alone identifies nothing.
 */
export function matchCertificate(input: MatchInput, inventory: readonly CertificateRecord[]): CertificateMatch | null {
  const index = indexInventory(inventory);
  const bodyHosts = hostsIn(input.text);
  const subjectHosts = hostsIn(input.subject);
  const candidates = new Map<CertificateRecord, Candidate>();
  const candidate = (cert: CertificateRecord) => {
    let c = candidates.get(cert);
    if (!c) {
      c = { cert, score: 0, by: "domain", value: "", nameHits: 0 };
      candidates.set(cert, c);
    }
    return c;
  };

  for (const host of new Set([...bodyHosts.keys(), ...subjectHosts.keys()])) {
    const exact = index.byName.get(host) ?? [];
    const covering = (index.byWildcardBase.get(host.slice(host.indexOf(".") + 1)) ?? []).filter(
      (c) => !exact.includes(c),
    );
    const specificity = host.split(".").length * 0.25;
    const bonus = specificity + (subjectHosts.has(host) ? 2 : 0) + Math.min(bodyHosts.get(host) ?? 0, 4) * 0.1;
    for (const [certs, by, base] of [
      [exact, "domain", 3],
      [covering, "wildcard", 2],
    ] as const) {
      for (const cert of certs) {
        const c = candidate(cert);
        const weight = base + bonus;
        if (!c.nameHits || weight > c.score) Object.assign(c, { by, value: host });
        c.score += weight;
        c.nameHits++;
      }
    }
  }
  if (index.byHex.size) {
    for (const m of input.text.matchAll(HEX_RE)) {
      const hit = index.byHex.get(stripZeros(m[0].replace(/[: ]/g, "").toUpperCase()));
      if (!hit) continue;
      const c = candidate(hit.cert);
      c.score += 6;
      if (!c.nameHits)
        Object.assign(c, {
          by: hit.kind,
          value: hit.kind === "serial" ? hit.cert.serialNumber : hit.cert.fingerprintSha256,
        });
    }
  }
  for (const order of ordersIn(`${input.subject}\n${input.text}`.toUpperCase(), input.orderNumbers, index)) {
    for (const cert of index.byOrder.get(order) ?? []) {
      const c = candidate(cert);
      c.score += 2.5;
      if (!c.nameHits && c.by === "domain")
        Object.assign(c, { by: "order-number", value: cert.orderNumbers.find((n) => n.toUpperCase() === order) });
    }
  }
  if (!candidates.size) return null;
  for (const c of candidates.values()) {
    if (input.expiryDates.some((d) => Math.abs(Date.parse(d) - Date.parse(c.cert.notAfter.slice(0, 10))) <= 86_400_000))
      c.score += 1;
    if (sameVendor(input.vendor, c.cert.vendor)) c.score += 0.5;
  }
  // Names outrank any number of tie-breakers: a certificate named in the notice beats one only matched by order.
  const ranked = [...candidates.values()].sort(
    (a, b) => Number(b.nameHits > 0) - Number(a.nameHits > 0) || b.score - a.score,
  );
  const [best, runnerUp] = ranked;
  const base = { domain: 0.95, wildcard: 0.85, "order-number": 0.8, serial: 0.99, fingerprint: 0.99 }[best.by];
  const contested =
    runnerUp && Number(runnerUp.nameHits > 0) === Number(best.nameHits > 0) && best.score - runnerUp.score < 1;
  return { id: best.cert.id, matchedBy: best.by, confidence: contested ? base - 0.2 : base, matchedValue: best.value };
}
