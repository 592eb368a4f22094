import type { Intent } from "../../../shared/inventory";
import type { Author } from "../certificates/store";
import { listCertificateSerials } from "../db/certificate-serials";
import type { Env } from "../env";
import { ApiError } from "../errors";
import { type CtCandidate, type CtSearch, normalizeSerial } from "./candidate";
import { importCtCertificate } from "./import";
import { ctProvider } from "./provider";

/** A CT candidate with whether the account already has it. */
export interface DiscoveredCertificate extends CtCandidate {
  owned: boolean;
  /** The account's certificate with this serial and issuer, when owned. */
  certificateId: string | null;
}

/** Searches CT for a domain and marks the certificates the account already has (same serial and issuer CN). */
export async function discoverCertificates(env: Env, accountId: string, domain: string, includeSubdomains: boolean) {
  const provider = ctProvider(env);
  const candidates = requireCandidates(await provider.search(domain, includeSubdomains));
  const owned = await ownedBySerial(env.DB, accountId);
  const discovered: DiscoveredCertificate[] = candidates.map((candidate) => {
    const mine = candidate.serialNumber ? owned.get(candidate.serialNumber) : undefined;
    const match = mine?.find((c) => c.issuerCN === null || candidate.issuer.includes(c.issuerCN));
    return { ...candidate, owned: Boolean(match), certificateId: match?.id ?? null };
  });
  return { provider: provider.name, domain, includeSubdomains, candidates: discovered };
}

/** Imports the chosen candidates (by id from a discovery of the same domain), fetching each certificate's PEM. */
export async function importDiscovered(
  env: Env,
  author: Author,
  request: { domain: string; includeSubdomains: boolean; ids: string[]; intent?: Intent },
  now: Date,
) {
  const provider = ctProvider(env);
  const candidates = requireCandidates(await provider.search(request.domain, request.includeSubdomains));
  const imported: { id: string; certificateId: string; created: boolean; commonName: string; notAfter: string }[] = [];
  const failed: { id: string; error: string }[] = [];
  for (const id of request.ids) {
    const candidate = candidates.find((c) => c.id === id);
    if (!candidate) {
      failed.push({ id, error: `${id} is not among the certificates CT lists for ${request.domain}` });
      continue;
    }
    const pem = await provider.fetchPem(candidate);
    if (!pem.ok) {
      failed.push({ id, error: pem.detail });
      continue;
    }
    try {
      const stored = await importCtCertificate(env.DB, author, pem.pem, provider.name, now, { intent: request.intent });
      imported.push({
        id,
        certificateId: stored.id,
        created: stored.created,
        commonName: stored.commonName,
        notAfter: stored.notAfter,
      });
    } catch (error) {
      failed.push({
        id,
        error: `the certificate could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { provider: provider.name, imported, failed };
}

/** A failed CT search is the CT service's problem: 503 when it rate-limits us, else 502. */
function requireCandidates(search: CtSearch): CtCandidate[] {
  if (search.ok) return search.candidates;
  if (search.kind === "rate-limited") throw new ApiError(503, "ct_rate_limited", `${search.detail}. Try again later.`);
  throw new ApiError(502, "ct_unavailable", search.detail);
}

async function ownedBySerial(db: D1Database, accountId: string) {
  const bySerial = new Map<string, { id: string; issuerCN: string | null }[]>();
  for (const row of await listCertificateSerials(db, accountId)) {
    const serial = normalizeSerial(row.serialNumber);
    bySerial.set(serial, [...(bySerial.get(serial) ?? []), { id: row.id, issuerCN: row.issuerCN }]);
  }
  return bySerial;
}
