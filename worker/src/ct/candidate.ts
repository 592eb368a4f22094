import "reflect-metadata";
import type { X509Certificate } from "@peculiar/x509";
import type { OutboundFailureKind } from "../outbound/bounded-fetch";
import { displaySerial } from "../revocation/verdict";

/** CT poison extension (RFC 6962 §3.1): present only in precertificates. */
const CT_POISON_OID = "1.3.6.1.4.1.11129.2.4.3";

/** One issuance found in CT: a precertificate and its final certificate count as one. */
export interface CtCandidate {
  /** Stable, provider-specific id the import names: "crtsh:123+124", "certspotter:9876". */
  id: string;
  commonName: string | null;
  /** DNS names, lower case, sorted, without duplicates. */
  names: string[];
  issuer: string;
  /** Upper-case hex without leading zero bytes, or null when the provider does not say. */
  serialNumber: string | null;
  notBefore: string;
  notAfter: string;
  /** Log entries merged into this issuance (a precertificate and a certificate make 2). */
  entries: number;
  /** SHA-256 of the final certificate, upper-case hex, when the service lists it (Cert Spotter); crt.sh does not. */
  fingerprintSha256: string | null;
}

export type CtFailureKind = OutboundFailureKind | "malformed";

export type CtSearch = { ok: true; candidates: CtCandidate[] } | { ok: false; kind: CtFailureKind; detail: string };

export type CtPem = { ok: true; pem: string } | { ok: false; detail: string };

/** A CT search service (crt.sh, Cert Spotter): finds issuances for a domain and hands out their certificates. */
export interface CtSearchProvider {
  readonly name: "crtsh" | "certspotter";
  search(domain: string, includeSubdomains: boolean): Promise<CtSearch>;
  /** The final certificate of a candidate from `search`, as PEM; refuses precertificates. */
  fetchPem(candidate: CtCandidate): Promise<CtPem>;
}

/**
 * Why the certificate a CT service handed out is not the one its search listed, or null when it
 * is: the SHA-256 fingerprint when the search gave one, else the serial number and validity.
 * A service that answers with another certificate (broken or hostile) must not have it stored.
 */
export async function candidateMismatch(candidate: CtCandidate, certificate: X509Certificate): Promise<string | null> {
  const handedOut = hex(await certificate.getThumbprint("SHA-256"));
  const differs = (what: string, got: string, listed: string) =>
    `the CT service handed out another certificate than the one it listed (${what} ${got}, listed ${listed}); it was not imported`;
  if (candidate.fingerprintSha256 && handedOut !== candidate.fingerprintSha256)
    return differs("SHA-256", handedOut, candidate.fingerprintSha256);
  const serial = displaySerial(certificate.serialNumber);
  if (candidate.serialNumber && serial !== candidate.serialNumber)
    return differs("serial", serial, candidate.serialNumber);
  const notAfter = certificate.notAfter.toISOString();
  if (notAfter !== candidate.notAfter) return differs("valid until", notAfter, candidate.notAfter);
  return null;
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** Lower-cased, de-duplicated, sorted DNS names: the form names are compared in. */
export function normalizeNames(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim().toLowerCase().replace(/\.$/, "")).filter(Boolean))].sort();
}

/** Whether a certificate is a CT precertificate (it carries the poison extension). */
export function isPrecertificate(certificate: X509Certificate): boolean {
  return certificate.extensions.some((extension) => extension.type === CT_POISON_OID);
}

/** Serial as compared across sources: upper-case hex without leading zero bytes. */
export { displaySerial as normalizeSerial };

/** ISO date-time from a provider's date, which may lack a zone (crt.sh gives UTC without "Z"). */
export function isoUtc(value: string): string | null {
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
