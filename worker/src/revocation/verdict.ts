/** What a CA says about one certificate, from its CRL or its OCSP responder. */
export type RevocationStatus = "good" | "revoked" | "unknown";
export type RevocationSource = "crl" | "ocsp";

export interface RevocationVerdict {
  status: RevocationStatus;
  source: RevocationSource;
  /** ISO date-time, when revoked. */
  revokedAt?: string;
  /** RFC 5280 reason name (e.g. "keyCompromise"), when the CA gave one. */
  reason?: string;
  /** A plain sentence with the facts: which CRL or responder, published when, what it says. */
  detail: string;
  /** The CRL or OCSP URL that answered (or failed). */
  url?: string;
  /** When the CA published the answer (CRL thisUpdate, OCSP thisUpdate). */
  publishedAt?: string;
}

const REASONS: Record<number, string> = {
  0: "unspecified",
  1: "keyCompromise",
  2: "cACompromise",
  3: "affiliationChanged",
  4: "superseded",
  5: "cessationOfOperation",
  6: "certificateHold",
  8: "removeFromCRL",
  9: "privilegeWithdrawn",
  10: "aACompromise",
};

/** RFC 5280 CRLReason code → its name; unknown codes keep their number. */
export function reasonName(code: number | undefined): string | undefined {
  if (code === undefined) return undefined;
  return REASONS[code] ?? `reason ${code}`;
}

/** "3 Mar 2026": dates in details are for people. */
export function humanDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** Serial as people compare it: upper-case hex without leading zero bytes. */
export function displaySerial(hex: string): string {
  const clean = hex
    .replace(/[^0-9a-f]/gi, "")
    .toUpperCase()
    .replace(/^(00)+(?=.)/, "");
  return clean || "0";
}
