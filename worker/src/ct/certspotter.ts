import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { z } from "zod";
import { base64ToBytes } from "../../../shared/x509/pem";
import { boundedFetch, jsonBody, type OutboundLimits } from "../outbound/bounded-fetch";
import {
  type CtCandidate,
  type CtSearchProvider,
  candidateMismatch,
  isoUtc,
  isPrecertificate,
  normalizeNames,
  normalizeSerial,
} from "./candidate";

const MAX_SEARCH_BYTES = 5_000_000;
// Cert Spotter pages its answers; a handful of pages covers any single domain we own.
const MAX_PAGES = 5;

// Cert Spotter already coalesces a precertificate and its certificate into one issuance.
const Issuance = z.object({
  id: z.string(),
  dns_names: z.array(z.string()).default([]),
  issuer: z.object({ name: z.string().optional(), friendly_name: z.string().optional() }).nullish(),
  not_before: z.string(),
  not_after: z.string(),
  cert: z.object({ type: z.enum(["cert", "precert"]), sha256: z.string().optional(), data: z.string() }).nullish(),
});
const Answer = z.array(Issuance);

/** Cert Spotter's issuances API (`/v1/issuances`), at `baseUrl`, with an optional API key. */
export function certSpotterProvider(baseUrl: string, outbound: OutboundLimits, apiKey?: string): CtSearchProvider {
  const base = baseUrl.replace(/\/+$/, "");
  const headers: Record<string, string> = {
    accept: "application/json",
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  };
  const certificates = new Map<string, { type: "cert" | "precert"; data: string }>();

  return {
    name: "certspotter",
    async search(domain, includeSubdomains) {
      const candidates: CtCandidate[] = [];
      let after = "";
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ domain, include_subdomains: String(includeSubdomains) });
        for (const field of ["dns_names", "issuer", "cert"]) query.append("expand", field);
        if (after) query.set("after", after);
        const fetched = await boundedFetch(`${base}/v1/issuances?${query}`, {
          ...outbound,
          maxBytes: MAX_SEARCH_BYTES,
          headers,
        });
        if (!fetched.ok)
          return { ok: false, kind: fetched.kind, detail: `Cert Spotter search failed: ${fetched.detail}` };
        const parsed = Answer.safeParse(jsonBody(fetched.body));
        if (!parsed.success)
          return {
            ok: false,
            kind: "malformed",
            detail: "Cert Spotter answered something that is not a list of issuances",
          };
        if (parsed.data.length === 0) break;
        for (const issuance of parsed.data) {
          const candidate = toCandidate(issuance);
          if (!candidate) continue;
          if (issuance.cert) certificates.set(candidate.id, issuance.cert);
          candidates.push(candidate);
        }
        after = parsed.data[parsed.data.length - 1].id;
      }
      return { ok: true, candidates: candidates.sort((a, b) => b.notBefore.localeCompare(a.notBefore)) };
    },
    async fetchPem(candidate) {
      const cert = certificates.get(candidate.id);
      if (!cert) return { ok: false, detail: "Cert Spotter did not include the certificate of this issuance" };
      if (cert.type === "precert")
        return { ok: false, detail: "only the precertificate is logged; the final certificate is not in CT (yet)" };
      const certificate = parseBase64Der(cert.data);
      if (!certificate || isPrecertificate(certificate))
        return { ok: false, detail: "Cert Spotter's certificate data does not parse" };
      const mismatch = await candidateMismatch(candidate, certificate);
      if (mismatch) return { ok: false, detail: mismatch };
      return { ok: true, pem: certificate.toString("pem") };
    },
  };
}

function toCandidate(issuance: z.infer<typeof Issuance>): CtCandidate | null {
  const notBefore = isoUtc(issuance.not_before);
  const notAfter = isoUtc(issuance.not_after);
  if (!notBefore || !notAfter) return null;
  const certificate = issuance.cert ? parseBase64Der(issuance.cert.data) : null;
  const commonName = certificate?.subjectName.getField("CN")[0] ?? null;
  return {
    id: `certspotter:${issuance.id}`,
    commonName: commonName?.toLowerCase() ?? null,
    names: normalizeNames(issuance.dns_names),
    issuer: issuance.issuer?.name ?? issuance.issuer?.friendly_name ?? certificate?.issuer ?? "unknown issuer",
    serialNumber: certificate ? normalizeSerial(certificate.serialNumber) : null,
    notBefore,
    notAfter,
    entries: 1,
    // The listed fingerprint, not one computed from the data it came with: the two are compared on import.
    fingerprintSha256:
      issuance.cert?.type === "cert" && issuance.cert.sha256 ? issuance.cert.sha256.toUpperCase() : null,
  };
}

function parseBase64Der(data: string): X509Certificate | null {
  try {
    return new X509Certificate(base64ToBytes(data));
  } catch {
    return null;
  }
}
