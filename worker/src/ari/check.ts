import { enqueueAlert } from "../alerts/enqueue";
import { daysUntil } from "../alerts/thresholds";
import { type AriCandidate, listAriCandidates, markRenewalInfoChecked, saveRenewalInfo } from "../db/renewal-info";
import type { Env } from "../env";
import { outboundLimits, requestsLeft } from "../outbound/bounded-fetch";
import { ariCertificateId } from "./cert-id";
import { ARI_DIRECTORIES, ariDirectoryFor } from "./directories";
import { fetchRenewalInfo, fetchRenewalInfoUrl, isEarlyRenewal, type RenewalInfo } from "./fetch";

const DAY_MS = 86_400_000;
/** Certificates looked up per account run; the rest come first next day. */
const ARI_BATCH = 10;
/** Worst case per certificate: the directory (once per CA and run) and the window. */
const REQUESTS_PER_ARI_CHECK = 2;

export interface AriSummary {
  checked: number;
  early: number;
  unsupported: number;
  failed: number;
}

function earlyRenewalAlert(cert: AriCandidate, info: RenewalInfo, caName: string, now: Date) {
  const start = info.windowStart.slice(0, 10);
  const why = info.explanationUrl ? ` The CA explains why: ${info.explanationUrl}` : "";
  return {
    accountId: cert.accountId,
    certificateId: cert.id,
    type: "ari-early-renewal",
    dedupeKey: `ari-early:${cert.id}:${info.windowStart}:${info.explanationUrl ?? ""}`,
    title: `${caName} asks to renew ${cert.commonName} early: from ${start}`,
    message:
      `${caName}'s ACME Renewal Information suggests renewing ${cert.commonName} between ${start} and ` +
      `${info.windowEnd.slice(0, 10)}, well before its usual time (two thirds of its lifetime). CAs do this ahead ` +
      `of a revocation: renew within the window.${why}`,
    data: {
      notAfter: cert.notAfter,
      daysLeft: daysUntil(cert.notAfter, now),
      intent: cert.intent,
      commonName: cert.commonName,
      windowStart: info.windowStart,
      windowEnd: info.windowEnd,
      explanationUrl: info.explanationUrl,
    },
    createdAt: now.toISOString(),
  };
}

/**
 * ACME Renewal Information (RFC 9773) for the account's certificates from CAs that publish it:
 * the directory's renewalInfo URL, then the window for the certificate ID (AKI + serial), stored
 * on the certificate; an alert when the CA asks for renewal earlier than usual. Daily per
 * certificate, within the run's outbound request budget.
 */
export async function checkRenewalInfo(env: Env, accountId: string, now: Date): Promise<AriSummary> {
  const summary: AriSummary = { checked: 0, early: 0, unsupported: 0, failed: 0 };
  const at = now.toISOString();
  const organizations = ARI_DIRECTORIES.flatMap((d) => d.issuerOrganizations);
  const window = { now: at, checkedBefore: new Date(now.getTime() - DAY_MS + 60_000).toISOString() };
  const candidates = await listAriCandidates(env.DB, accountId, organizations, window, ARI_BATCH);
  const limits = outboundLimits(env);
  const renewalInfoUrls = new Map<string, string | null>();
  for (const cert of candidates) {
    if (requestsLeft() < REQUESTS_PER_ARI_CHECK) break;
    const ca = ariDirectoryFor(cert.issuerO);
    const certId = ca ? safeCertId(cert.pem) : null;
    if (!ca || !certId) {
      summary.unsupported++;
      await markRenewalInfoChecked(env.DB, cert.id, at);
      continue;
    }
    if (!renewalInfoUrls.has(ca.directory)) {
      const directory = await fetchRenewalInfoUrl(ca.directory, limits);
      if (!directory.ok) {
        summary.failed++;
        console.error(`ARI directory of ${ca.name}: ${directory.detail}`);
        continue;
      }
      renewalInfoUrls.set(ca.directory, directory.url);
    }
    const renewalInfoUrl = renewalInfoUrls.get(ca.directory);
    if (!renewalInfoUrl) {
      summary.unsupported++;
      await markRenewalInfoChecked(env.DB, cert.id, at);
      continue;
    }
    const result = await fetchRenewalInfo(renewalInfoUrl, certId, limits);
    if (!result.ok) {
      summary.failed++;
      await markRenewalInfoChecked(env.DB, cert.id, at);
      continue;
    }
    summary.checked++;
    await saveRenewalInfo(env.DB, cert.id, { ...result.info, checkedAt: at, directory: ca.directory });
    if (isEarlyRenewal(result.info, cert)) {
      summary.early++;
      await enqueueAlert(env.DB, earlyRenewalAlert(cert, result.info, ca.name, now));
    }
  }
  return summary;
}

function safeCertId(pem: string): string | null {
  try {
    return ariCertificateId(pem);
  } catch {
    return null;
  }
}
