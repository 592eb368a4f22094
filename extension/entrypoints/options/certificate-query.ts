import type { Intent } from "../../../shared/inventory";
import { hostnameToUnicode, normalizeHostname } from "../../../shared/x509/hostname";
import type { ApiCertificate } from "../../utils/api/api-schemas";
import { daysLeft, needsAction } from "../../utils/policy/urgency";

export type SortKey = "domain" | "vendor" | "expires" | "intent" | "status";

/** What the certificates table shows: a search, status and intent chips, one sort column. */
export interface CertificateQuery {
  search: string;
  statuses: Set<string>;
  intents: Set<Intent>;
  /** Only what the popup counts as needing action. */
  needsAction: boolean;
  sort: { key: SortKey; direction: "asc" | "desc" };
}

export function defaultQuery(): CertificateQuery {
  return {
    search: "",
    statuses: new Set(),
    intents: new Set(),
    needsAction: false,
    sort: { key: "expires", direction: "asc" },
  };
}

// Intent order puts what still needs a decision first.
const INTENT_ORDER: Record<Intent, number> = { undecided: 0, renew: 1, "let-lapse": 2 };
const STATUS_ORDER: Record<string, number> = { expired: 0, expiring: 1, active: 2, lapsed: 3, superseded: 4 };

/**
 * Whether the search text matches the certificate's common name or any SAN (case-insensitive),
 * an internationalized name in its Unicode or its punycode form.
 */
export function matchesSearch(certificate: ApiCertificate, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const needles = new Set([needle, normalizeHostname(needle), hostnameToUnicode(normalizeHostname(needle))]);
  return [certificate.commonName, ...certificate.sans].some((name) => {
    const forms = [name.toLowerCase(), normalizeHostname(name), hostnameToUnicode(normalizeHostname(name))];
    return forms.some((form) => [...needles].some((n) => form.includes(n)));
  });
}

/** The rows of the table for a query: filtered by search and chips (empty chip set = all), then sorted. */
export function applyQuery(certificates: ApiCertificate[], query: CertificateQuery, now: Date): ApiCertificate[] {
  const rows = certificates.filter(
    (c) =>
      matchesSearch(c, query.search) &&
      (!query.needsAction || needsAction(c, now)) &&
      (query.statuses.size === 0 || query.statuses.has(c.status ?? "")) &&
      (query.intents.size === 0 || query.intents.has(c.intent)),
  );
  const sign = query.sort.direction === "asc" ? 1 : -1;
  const compare = comparator(query.sort.key, now);
  return rows.sort((a, b) => sign * compare(a, b) || a.commonName.localeCompare(b.commonName));
}

function comparator(key: SortKey, now: Date): (a: ApiCertificate, b: ApiCertificate) => number {
  switch (key) {
    case "domain":
      return (a, b) => a.commonName.replace(/^\*\./, "").localeCompare(b.commonName.replace(/^\*\./, ""));
    case "vendor":
      return (a, b) => (a.vendor ?? "").localeCompare(b.vendor ?? "");
    case "expires":
      return (a, b) => daysLeft(a, now) - daysLeft(b, now);
    case "intent":
      return (a, b) => INTENT_ORDER[a.intent] - INTENT_ORDER[b.intent];
    case "status":
      return (a, b) => (STATUS_ORDER[a.status ?? ""] ?? 9) - (STATUS_ORDER[b.status ?? ""] ?? 9);
  }
}

/** Clicking a column sorts by it; clicking it again flips the direction. */
export function toggleSort(query: CertificateQuery, key: SortKey): CertificateQuery {
  const direction = query.sort.key === key && query.sort.direction === "asc" ? "desc" : "asc";
  return { ...query, sort: { key, direction } };
}

/** Adds or removes a chip value. */
export function toggleChip<T>(set: Set<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
