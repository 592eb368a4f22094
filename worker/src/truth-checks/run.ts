import { enqueueAlert } from "../alerts/enqueue";
import { detectRenewal } from "../ct/renewals";
import { ctProvider } from "../ct/provider";
import { getCertificateRow } from "../db/certificates";
import { listDueRevocationChecks } from "../db/revocation-checks";
import { listCtWatchedCertificates } from "../db/truth-check-candidates";
import type { Env } from "../env";
import { requestsLeft, withRequestBudget } from "../outbound/bounded-fetch";
import { checkAndRecordRevocation } from "../revocation/run-check";

const DAY_MS = 86_400_000;
/**
 * Outbound requests per run when TRUTH_CHECK_MAX_REQUESTS is unset: the cron invocation also
 * delivers alerts (up to 40 requests), and Workers' free plan allows 50 in all. CRLs are cached
 * and issuers remembered, so a handful of requests covers many certificates of the same CA.
 */
const DEFAULT_MAX_REQUESTS = 10;
/** Worst case per certificate: CRL, issuer, OCSP; CT search and the successor's PEM. */
const REQUESTS_PER_REVOCATION_CHECK = 3;
const REQUESTS_PER_CT_CHECK = 2;
const MAX_CT_FAILURES_IN_A_ROW = 3;
/** Work per daily run is bounded: the rest waits for the next day, least recently checked first. */
const REVOCATION_BATCH = 25;
const CT_BATCH = 25;
/** Renewals happen around expiry: look from 60 days before notAfter until 30 days after. */
const CT_WINDOW_BEFORE_DAYS = 60;
const CT_WINDOW_AFTER_DAYS = 30;

export interface TruthCheckSummary {
  revocation: { checked: number; revoked: number; unknown: number; failed: number };
  ct: { checked: number; superseded: number; unwantedRenewals: number; pending: number; failed: number; rateLimited: boolean };
  /** True when the request budget ended the run early; the rest comes first next run. */
  budgetSpent: boolean;
}

function maxRequests(env: Pick<Env, "TRUTH_CHECK_MAX_REQUESTS">): number {
  const parsed = Number(env.TRUTH_CHECK_MAX_REQUESTS);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_MAX_REQUESTS;
}

/**
 * The cron's truth checks: a weekly revocation re-check of `renew` certificates (alert when one is
 * revoked) and CT renewal detection (superseded successors, unwanted renewals of `let-lapse`
 * certificates). Errors stay with their certificate; a CT rate limit ends the CT part of the run.
 * At most TRUTH_CHECK_MAX_REQUESTS outbound requests are made; a check is only started while the
 * budget covers its worst case, so no check is cut short into a false "unknown".
 */
export async function runTruthChecks(env: Env, now: Date): Promise<TruthCheckSummary> {
  return withRequestBudget(maxRequests(env), async () => {
    const revocation = await recheckRevocations(env, now);
    const ct = await detectRenewals(env, now);
    return { revocation, ct, budgetSpent: requestsLeft() < REQUESTS_PER_CT_CHECK };
  });
}

async function recheckRevocations(env: Env, now: Date): Promise<TruthCheckSummary["revocation"]> {
  const summary = { checked: 0, revoked: 0, unknown: 0, failed: 0 };
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const due = await listDueRevocationChecks(env.DB, now.toISOString(), weekAgo, REVOCATION_BATCH);
  for (const { id, accountId } of due) {
    if (requestsLeft() < REQUESTS_PER_REVOCATION_CHECK) break;
    try {
      const row = await getCertificateRow(env.DB, accountId, id);
      if (!row) continue;
      const check = await checkAndRecordRevocation(env, row, now);
      summary.checked++;
      if (check.status === "unknown") summary.unknown++;
      if (check.status !== "revoked") continue;
      summary.revoked++;
      const when = check.revokedAt ? ` on ${check.revokedAt.slice(0, 10)}` : "";
      await enqueueAlert(env.DB, {
        accountId,
        certificateId: id,
        type: "certificate-revoked",
        dedupeKey: `revoked:${id}:${row.serial_number ?? row.fingerprint_sha256 ?? ""}`,
        title: `${row.common_name} has been revoked by its CA`,
        message: `${check.detail} Browsers will reject it: replace the certificate${when ? ` (revoked${when})` : ""}.`,
        data: { checkId: check.id, revokedAt: check.revokedAt ?? null, reason: check.reason ?? null },
        createdAt: now.toISOString(),
      });
    } catch (error) {
      summary.failed++;
      console.error(`revocation re-check of ${id} failed:`, error instanceof Error ? error.message : String(error));
    }
  }
  return summary;
}

async function detectRenewals(env: Env, now: Date): Promise<TruthCheckSummary["ct"]> {
  const summary = { checked: 0, superseded: 0, unwantedRenewals: 0, pending: 0, failed: 0, rateLimited: false };
  const provider = ctProvider(env);
  const watched = await listCtWatchedCertificates(
    env.DB,
    {
      from: new Date(now.getTime() - CT_WINDOW_AFTER_DAYS * DAY_MS).toISOString(),
      until: new Date(now.getTime() + CT_WINDOW_BEFORE_DAYS * DAY_MS).toISOString(),
      checkedBefore: new Date(now.getTime() - DAY_MS / 2).toISOString(),
    },
    CT_BATCH,
  );
  let failuresInARow = 0;
  for (const cert of watched) {
    if (requestsLeft() < REQUESTS_PER_CT_CHECK) break;
    try {
      const outcome = await detectRenewal(env.DB, provider, cert, now);
      summary.checked++;
      if (outcome.kind === "superseded") summary.superseded++;
      if (outcome.kind === "unwanted-renewal") summary.unwantedRenewals++;
      if (outcome.kind === "pending") summary.pending++;
      failuresInARow = outcome.kind === "failed" ? failuresInARow + 1 : 0;
      if (outcome.kind === "failed") {
        summary.failed++;
        // Asking again right away only prolongs a rate limit, and a CT service that failed
        // several times in a row is down: the rest waits for tomorrow.
        summary.rateLimited ||= outcome.rateLimited;
        if (outcome.rateLimited || failuresInARow >= MAX_CT_FAILURES_IN_A_ROW) break;
      }
    } catch (error) {
      summary.failed++;
      console.error(`CT renewal check of ${cert.id} failed:`, error instanceof Error ? error.message : String(error));
    }
  }
  return summary;
}
