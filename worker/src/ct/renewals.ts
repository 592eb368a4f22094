import type { NewAlert } from "../alerts/enqueue";
import { enqueueAlert } from "../alerts/enqueue";
import { type CtWatchedCertificate, markCtChecked, markSuperseded } from "../db/truth-check-candidates";
import { addTimelineEvent } from "../db/timeline-events";
import { type CtCandidate, type CtSearchProvider, normalizeNames, normalizeSerial } from "./candidate";
import { importCtCertificate } from "./import";

/** The name the intent history shows for a successor the cron imported. */
const RENEWAL_AUTHOR = "renewal found in CT";

export type RenewalOutcome =
  | { kind: "none" }
  | { kind: "superseded"; successorId: string }
  | { kind: "unwanted-renewal"; successor: CtCandidate }
  | { kind: "pending"; detail: string }
  | { kind: "failed"; rateLimited: boolean; detail: string };

/** The newest CT issuance for exactly the same names that started after the certificate, if any. */
function findSuccessor(cert: CtWatchedCertificate, candidates: CtCandidate[]): CtCandidate | null {
  const names = normalizeNames([cert.commonName, ...cert.sans]).join(" ");
  const ownSerial = cert.serialNumber ? normalizeSerial(cert.serialNumber) : null;
  const after = cert.notBefore ?? "";
  const newer = candidates.filter(
    (c) =>
      normalizeNames(c.commonName ? [c.commonName, ...c.names] : c.names).join(" ") === names &&
      c.serialNumber !== ownSerial &&
      c.notBefore > after &&
      c.notAfter > cert.notAfter,
  );
  return newer.sort((a, b) => b.notBefore.localeCompare(a.notBefore))[0] ?? null;
}

/**
 * Looks for a renewal of one certificate in CT. For `renew` the successor is imported and the old
 * certificate marked superseded (no more reminders); for `let-lapse` a renewal nobody wanted is
 * an alert: check for an unwanted charge.
 */
export async function detectRenewal(
  db: D1Database,
  provider: CtSearchProvider,
  cert: CtWatchedCertificate,
  now: Date,
): Promise<RenewalOutcome> {
  const at = now.toISOString();
  // A wildcard's renewal is found under its base domain with subdomains (crt.sh and Cert Spotter
  // both list "*.example.com" among example.com's subdomains).
  const wildcard = cert.commonName.startsWith("*.");
  const search = await provider.search(wildcard ? cert.commonName.slice(2) : cert.commonName, wildcard);
  if (!search.ok) return { kind: "failed", rateLimited: search.kind === "rate-limited", detail: search.detail };
  const successor = findSuccessor(cert, search.candidates);
  if (!successor) {
    await markCtChecked(db, cert.id, at);
    return { kind: "none" };
  }
  if (cert.intent === "let-lapse") {
    await enqueueAlert(db, unwantedRenewalAlert(cert, successor, at));
    await markCtChecked(db, cert.id, at);
    return { kind: "unwanted-renewal", successor };
  }
  const pem = await provider.fetchPem(successor);
  // Leave ct_checked_at alone: the final certificate usually reaches CT soon after its precertificate.
  if (!pem.ok) return { kind: "pending", detail: pem.detail };
  const author = { accountId: cert.accountId, tokenName: RENEWAL_AUTHOR };
  const imported = await importCtCertificate(db, author, pem.pem, provider.name, now, {
    intent: "renew",
    vendor: cert.vendor,
    owner: cert.owner,
    autoRenew: cert.autoRenew,
  });
  await markSuperseded(db, cert.accountId, cert.id, imported.id, at);
  await addTimelineEvent(db, {
    accountId: cert.accountId,
    certificateId: cert.id,
    occurredAt: at,
    type: "superseded",
    summary: `Renewed: CT shows a newer certificate for the same names (serial ${imported.serialNumber}, valid until ${imported.notAfter.slice(0, 10)}). This one is superseded; its reminders stop.`,
    data: { successorId: imported.id, serialNumber: imported.serialNumber },
  });
  return { kind: "superseded", successorId: imported.id };
}

function unwantedRenewalAlert(cert: CtWatchedCertificate, successor: CtCandidate, at: string): NewAlert {
  const vendor = cert.vendor ? ` from ${cert.vendor}` : "";
  return {
    accountId: cert.accountId,
    certificateId: cert.id,
    type: "unwanted-renewal",
    dedupeKey: `unwanted-renewal:${cert.id}:${successor.serialNumber ?? successor.id}`,
    title: `${cert.commonName} was renewed although you chose to let it lapse`,
    message:
      `Certificate Transparency shows a new certificate for ${successor.names.join(", ")} issued on ${successor.notBefore.slice(0, 10)} ` +
      `by ${successor.issuer} (serial ${successor.serialNumber ?? "unknown"}). You decided to let this certificate lapse: ` +
      `someone renewed it anyway. Check for an unwanted charge${vendor}.`,
    data: {
      successor: {
        id: successor.id,
        serialNumber: successor.serialNumber,
        notBefore: successor.notBefore,
        notAfter: successor.notAfter,
      },
    },
    createdAt: at,
  };
}
