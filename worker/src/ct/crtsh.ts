import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { z } from "zod";
import { boundedFetch, jsonBody, type OutboundLimits } from "../outbound/bounded-fetch";
import {
  type CtCandidate,
  type CtPem,
  type CtSearch,
  type CtSearchProvider,
  candidateMismatch,
  isoUtc,
  isPrecertificate,
  normalizeNames,
  normalizeSerial,
} from "./candidate";

const MAX_SEARCH_BYTES = 5_000_000;
const MAX_PEM_BYTES = 65_536;

// crt.sh lists each log entry: a precertificate and its certificate are two rows with one serial.
const CrtShEntry = z.object({
  id: z.number().int(),
  issuer_name: z.string(),
  common_name: z.string().nullish(),
  name_value: z.string(),
  not_before: z.string(),
  not_after: z.string(),
  serial_number: z.string(),
});
const CrtShAnswer = z.array(CrtShEntry);

/** crt.sh's JSON API (`/?q=…&output=json`, certificates at `/?d=<id>`), at `baseUrl`. */
export function crtShProvider(baseUrl: string, outbound: OutboundLimits): CtSearchProvider {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    name: "crtsh",
    async search(domain, includeSubdomains) {
      const queries = includeSubdomains ? [domain, `%.${domain}`] : [domain];
      const entries: z.infer<typeof CrtShEntry>[] = [];
      for (const q of queries) {
        const url = `${base}/?q=${encodeURIComponent(q)}&output=json&exclude=expired`;
        const fetched = await boundedFetch(url, {
          ...outbound,
          maxBytes: MAX_SEARCH_BYTES,
          headers: { accept: "application/json" },
        });
        if (!fetched.ok) return { ok: false, kind: fetched.kind, detail: `crt.sh search failed: ${fetched.detail}` };
        const parsed = CrtShAnswer.safeParse(jsonBody(fetched.body));
        if (!parsed.success)
          return {
            ok: false,
            kind: "malformed",
            detail: "crt.sh answered something that is not its JSON list of certificates",
          };
        entries.push(...parsed.data);
      }
      return { ok: true, candidates: mergeEntries(entries) };
    },
    async fetchPem(candidate) {
      const ids = candidate.id
        .replace(/^crtsh:/, "")
        .split("+")
        .filter((id) => /^\d+$/.test(id));
      let sawPrecertificate = false;
      for (const id of ids) {
        const fetched = await boundedFetch(`${base}/?d=${id}`, { ...outbound, maxBytes: MAX_PEM_BYTES });
        if (!fetched.ok) return { ok: false, detail: `crt.sh did not hand out certificate ${id}: ${fetched.detail}` };
        const certificate = parseCertificate(fetched.body);
        if (!certificate) return { ok: false, detail: `crt.sh entry ${id} is not a certificate` };
        if (isPrecertificate(certificate)) {
          sawPrecertificate = true;
          continue;
        }
        const mismatch = await candidateMismatch(candidate, certificate);
        if (mismatch) return { ok: false, detail: mismatch };
        return { ok: true, pem: certificate.toString("pem") } satisfies CtPem;
      }
      const detail = sawPrecertificate
        ? "only the precertificate is logged; the final certificate is not in CT (yet)"
        : "no certificate entry was found";
      return { ok: false, detail };
    },
  };
}

/** One candidate per (issuer, serial): precertificate and final certificate entries merged. */
function mergeEntries(entries: z.infer<typeof CrtShEntry>[]): CtCandidate[] {
  const byIssuance = new Map<string, { ids: number[]; entry: z.infer<typeof CrtShEntry>; names: Set<string> }>();
  for (const entry of entries) {
    const key = `${entry.issuer_name}\u0000${normalizeSerial(entry.serial_number)}`;
    const group = byIssuance.get(key) ?? { ids: [], entry, names: new Set<string>() };
    if (!group.ids.includes(entry.id)) group.ids.push(entry.id);
    for (const name of entry.name_value.split("\n")) group.names.add(name);
    if (entry.common_name) group.names.add(entry.common_name);
    byIssuance.set(key, group);
  }
  const candidates: CtCandidate[] = [];
  for (const { ids, entry, names } of byIssuance.values()) {
    const notBefore = isoUtc(entry.not_before);
    const notAfter = isoUtc(entry.not_after);
    if (!notBefore || !notAfter) continue;
    ids.sort((a, b) => a - b);
    candidates.push({
      id: `crtsh:${ids.join("+")}`,
      commonName: entry.common_name?.toLowerCase() ?? null,
      names: normalizeNames(names),
      issuer: entry.issuer_name,
      serialNumber: normalizeSerial(entry.serial_number),
      notBefore,
      notAfter,
      entries: ids.length,
      fingerprintSha256: null,
    });
  }
  return candidates.sort((a, b) => b.notBefore.localeCompare(a.notBefore));
}

function parseCertificate(body: Uint8Array<ArrayBuffer>): X509Certificate | null {
  try {
    const text = new TextDecoder().decode(body);
    return new X509Certificate(text.includes("-----BEGIN CERTIFICATE-----") ? text : body);
  } catch {
    return null;
  }
}
