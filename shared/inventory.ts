/** What the owner decided for a certificate. */
export type Intent = "renew" | "let-lapse" | "undecided";

export const INTENTS: readonly Intent[] = ["renew", "let-lapse", "undecided"];

/**
 * One owned certificate, in the shape of a corpus `inventory.json` record.
 * The Worker's API returns a superset of this (parsed X.509 fields, owner-kept fields).
 */
export interface CertificateRecord {
  id: string;
  commonName: string;
  sans: string[];
  vendor?: string | null;
  issuerCN?: string | null;
  orderNumbers: string[];
  /** ISO date or date-time. */
  notBefore?: string | null;
  /** ISO date or date-time. */
  notAfter: string;
  intent: Intent;
  autoRenew: boolean;
  notes?: string | null;
  /** Hex, upper case, no separators. */
  serialNumber?: string | null;
  /** SHA-256 of the DER, hex, upper case, no separators. */
  fingerprintSha256?: string | null;
}

/** An inventory document: `{ owner?, certificates }`. */
export interface Inventory {
  owner?: string;
  certificates: CertificateRecord[];
}
