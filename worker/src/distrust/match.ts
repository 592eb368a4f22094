import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { scanPem } from "../../../shared/x509/pem-scan";
import { DISTRUST_EVENTS, type DistrustEvent } from "./events";

const DAY_MS = 86_400_000;
/** Owners hear of an event this many days ahead: time to buy from another CA and deploy. */
export const DISTRUST_WARN_DAYS_AHEAD = 90;

/** What a certificate record says about who issued it. */
export interface IssuedBy {
  issuerO: string | null;
  issuerCn: string | null;
  /** The uploaded chain (PEM), whose certificates' subjects name the intermediates and root. */
  chainPem: string | null;
  notBefore: string | null;
  notAfter: string;
}

/** Organisation, organisational-unit and common names of the issuer and of every chain certificate, lower-cased. */
export function issuerNames(cert: IssuedBy): Set<string> {
  const names = [cert.issuerO, cert.issuerCn];
  for (const chained of parseChain(cert.chainPem)) {
    for (const type of ["O", "OU", "CN"]) names.push(...chained.subjectName.getField(type));
  }
  return new Set(names.filter((n): n is string => !!n).map((n) => n.trim().toLowerCase()));
}

/** Whether `event` distrusts the certificate: a covered CA name, issued inside the event's range, valid on its date. */
export function distrusts(event: DistrustEvent, cert: IssuedBy, names = issuerNames(cert)): boolean {
  if (cert.notAfter <= `${event.date}T00:00:00.000Z`) return false;
  if (
    !(
      event.organizations.some((n) => names.has(n.toLowerCase())) ||
      event.commonNames.some((n) => names.has(n.toLowerCase()))
    )
  )
    return false;
  const issued = cert.notBefore ? Date.parse(cert.notBefore) : NaN;
  // Without notBefore (a manual record) a dated event cannot be decided; say nothing rather than guess.
  if (event.issuedAfter && !(issued > Date.parse(event.issuedAfter))) return false;
  if (event.issuedBefore && !(issued < Date.parse(event.issuedBefore))) return false;
  return true;
}

/** Events owners should hear of at `now`: from DISTRUST_WARN_DAYS_AHEAD days before their date on. */
export function eventsInView(now: Date): DistrustEvent[] {
  const until = new Date(now.getTime() + DISTRUST_WARN_DAYS_AHEAD * DAY_MS).toISOString().slice(0, 10);
  return DISTRUST_EVENTS.filter((event) => event.date <= until);
}

/** Each CERTIFICATE block of the chain on its own (a single PEM given whole would be read as PKCS#7); unreadable ones are skipped. */
function parseChain(chainPem: string | null): X509Certificate[] {
  if (!chainPem) return [];
  const certificates: X509Certificate[] = [];
  for (const block of scanPem(chainPem).blocks) {
    if (block.label !== "CERTIFICATE") continue;
    try {
      certificates.push(new X509Certificate(block.body.replace(/\s+/g, "")));
    } catch {
      // Not a certificate after all: the issuer fields still decide.
    }
  }
  return certificates;
}
