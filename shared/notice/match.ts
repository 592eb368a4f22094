import type { CertificateRecord } from "../inventory";
import { hostnameMatches, normalizeHostname } from "../x509/hostname";
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

// A host name not inside an email address (the local part or the domain of one).
const HOST_RE = /(?<![\w@.-])(\*\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w@-]|\.[a-z0-9])/gi;
const ID_CHAR_RE = /[A-Z0-9-]/;
const HEX_RE = /(?<![0-9a-f])[0-9a-f]{2}(?:[: ]?[0-9a-f]{2}){7,63}(?![0-9a-f])/gi;

interface Candidate {
  cert: CertificateRecord;
  score: number;
  by: MatchedBy;
  value: string;
  nameHits: number;
}

function hostsIn(text: string): Map<string, number> {
  const hosts = new Map<string, number>();
  for (const m of text.matchAll(HOST_RE)) {
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
  for (const m of text.matchAll(HOST_RE)) {
    const host = normalizeHostname(m[2]);
    if (!vendorByDomain(getDomain(host) ?? host)) return true;
  }
  return false;
}

const stripZeros = (hex: string) => hex.replace(/^0+/, "");

/** Whether an identifier occurs in upper-cased text as a whole token. */
function containsToken(upper: string, token: string): boolean {
  const wanted = token.toUpperCase();
  for (let at = upper.indexOf(wanted); at >= 0; at = upper.indexOf(wanted, at + 1)) {
    const before = upper[at - 1] ?? " ";
    const after = upper[at + wanted.length] ?? " ";
    if (!ID_CHAR_RE.test(before) && !ID_CHAR_RE.test(after)) return true;
  }
  return false;
}

/**
 * Finds the owned certificate a notice is about. Names (CN or SAN, wildcard aware) decide;
 * among several named certificates the subject line, order number, stated expiry and vendor
 * break the tie. Without a name, a serial, fingerprint or known order number identifies the
 * certificate; an unknown order number or the vendor alone identifies nothing.
 */
export function matchCertificate(input: MatchInput, inventory: readonly CertificateRecord[]): CertificateMatch | null {
  const bodyHosts = hostsIn(input.text);
  const subjectHosts = hostsIn(input.subject);
  const hosts = new Set([...bodyHosts.keys(), ...subjectHosts.keys()]);
  const upper = `${input.subject}\n${input.text}`.toUpperCase();
  const stated = new Set(input.orderNumbers.map((n) => n.toUpperCase()));
  // Serials and fingerprints are read only when some record has one to compare with.
  const wantsHex = inventory.some((c) => c.serialNumber || c.fingerprintSha256);
  const hexes = new Set(wantsHex ? [...input.text.matchAll(HEX_RE)].map((m) => stripZeros(m[0].replace(/[: ]/g, "").toUpperCase())) : []);

  const candidates: Candidate[] = [];
  for (const cert of inventory) {
    const names = [cert.commonName, ...cert.sans].map(normalizeHostname);
    const candidate: Candidate = { cert, score: 0, by: "domain", value: "", nameHits: 0 };
    for (const host of hosts) {
      const exact = names.includes(host);
      const wildcard = !exact && names.some((name) => name.startsWith("*.") && hostnameMatches(name, host));
      if (!exact && !wildcard) continue;
      const specificity = host.split(".").length * 0.25;
      const weight = (exact ? 3 : 2) + specificity + (subjectHosts.has(host) ? 2 : 0) + Math.min(bodyHosts.get(host) ?? 0, 4) * 0.1;
      if (!candidate.nameHits || weight > candidate.score) {
        candidate.by = exact ? "domain" : "wildcard";
        candidate.value = host;
      }
      candidate.score += weight;
      candidate.nameHits++;
    }
    const serial = cert.serialNumber ? stripZeros(cert.serialNumber.toUpperCase()) : null;
    const fingerprint = cert.fingerprintSha256 ? stripZeros(cert.fingerprintSha256.toUpperCase()) : null;
    const order = cert.orderNumbers.find((n) => stated.has(n.toUpperCase()) || containsToken(upper, n));
    if (serial && hexes.has(serial)) {
      candidate.score += 6;
      if (!candidate.nameHits) Object.assign(candidate, { by: "serial", value: cert.serialNumber });
    } else if (fingerprint && hexes.has(fingerprint)) {
      candidate.score += 6;
      if (!candidate.nameHits) Object.assign(candidate, { by: "fingerprint", value: cert.fingerprintSha256 });
    }
    if (order) {
      candidate.score += 2.5;
      if (!candidate.nameHits && candidate.by === "domain") Object.assign(candidate, { by: "order-number", value: order });
    }
    if (candidate.score === 0) continue;
    if (input.expiryDates.some((d) => Math.abs(Date.parse(d) - Date.parse(cert.notAfter.slice(0, 10))) <= 86_400_000)) candidate.score += 1;
    if (sameVendor(input.vendor, cert.vendor)) candidate.score += 0.5;
    candidates.push(candidate);
  }
  if (!candidates.length) return null;
  // Names outrank any number of tie-breakers: a certificate named in the notice beats one only matched by order.
  candidates.sort((a, b) => Number(b.nameHits > 0) - Number(a.nameHits > 0) || b.score - a.score);
  const best = candidates[0];
  const runnerUp = candidates[1];
  const base = { domain: 0.95, wildcard: 0.85, "order-number": 0.8, serial: 0.99, fingerprint: 0.99 }[best.by];
  const contested = runnerUp && Number(runnerUp.nameHits > 0) === Number(best.nameHits > 0) && best.score - runnerUp.score < 1;
  return { id: best.cert.id, matchedBy: best.by, confidence: contested ? base - 0.2 : base, matchedValue: best.value };
}
