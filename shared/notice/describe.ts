import type { CertificateRecord } from "../inventory";
import { daysBetween } from "./dates";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2015-02-20` → `20 Feb 2015`, the way the reasons speak. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** What the owner decided and what became of the certificate, in words, as of a date. */
export function describeCertificate(cert: CertificateRecord, on: string): string {
  const end = formatDate(cert.notAfter);
  const expired = daysBetween(cert.notAfter, on) > 0;
  const fate = expired ? `it expired on ${end}` : `it is valid until ${end}`;
  if (cert.intent === "let-lapse") return `you chose to let ${cert.commonName} lapse, and ${fate}`;
  if (!cert.autoRenew) return `${cert.commonName} has no auto-renewal with its vendor, and ${fate}`;
  return `${cert.commonName} renews automatically, and ${fate}`;
}
