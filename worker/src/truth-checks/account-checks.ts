import { enqueueAlert } from "../alerts/enqueue";
import type { CtSearchProvider } from "../ct/candidate";
import { detectRenewal } from "../ct/renewals";
import { getCertificateRow } from "../db/certificates";
import type { CtWatchedCertificate } from "../db/truth-check-candidates";
import type { Env } from "../env";
import { errorText } from "../errors";
import { requestsLeft } from "../outbound/bounded-fetch";
import { checkAndRecordRevocation } from "../revocation/run-check";

/** Worst case per certificate: CRL, issuer, OCSP; CT search and the successor's PEM. */
export const REQUESTS_PER_REVOCATION_CHECK = 3;
export const REQUESTS_PER_CT_CHECK = 2;
const MAX_CT_FAILURES_IN_A_ROW = 3;

export interface RevocationTally {
  checked: number;
  revoked: number;
  unknown: number;
  failed: number;
}

export interface CtTally {
  checked: number;
  superseded: number;
  unwantedRenewals: number;
  pending: number;
  failed: number;
  rateLimited: boolean;
}

/**
 * Re-checks one account's certificates with their CAs while the request budget covers a check,
 * and alerts when one is revoked. A unit of work of its own (an account and its certificate ids),
 * so it can run apart from other accounts; a certificate's error stays with that certificate.
 */
export async function recheckAccountRevocations(
  env: Env,
  accountId: string,
  certificateIds: string[],
  now: Date,
  tally: RevocationTally,
): Promise<void> {
  for (const id of certificateIds) {
    if (requestsLeft() < REQUESTS_PER_REVOCATION_CHECK) return;
    try {
      const row = await getCertificateRow(env.DB, accountId, id);
      if (!row) continue;
      const check = await checkAndRecordRevocation(env, row, now);
      tally.checked++;
      if (check.status === "unknown") tally.unknown++;
      if (check.status !== "revoked") continue;
      tally.revoked++;
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
      tally.failed++;
      console.error(`revocation re-check of ${id} (account ${accountId}) failed:`, errorText(error));
    }
  }
}

/**
 * Looks for renewals of one account's certificates in CT. False when CT should not be asked
 * again this run (rate limited, or failing several times in a row, across accounts: `streak`).
 */
export async function detectAccountRenewals(
  db: D1Database,
  provider: CtSearchProvider,
  accountId: string,
  certificates: CtWatchedCertificate[],
  now: Date,
  tally: CtTally,
  streak: { failuresInARow: number },
): Promise<boolean> {
  for (const cert of certificates) {
    if (requestsLeft() < REQUESTS_PER_CT_CHECK) return false;
    try {
      const outcome = await detectRenewal(db, provider, cert, now);
      tally.checked++;
      if (outcome.kind === "superseded") tally.superseded++;
      if (outcome.kind === "unwanted-renewal") tally.unwantedRenewals++;
      if (outcome.kind === "pending") tally.pending++;
      streak.failuresInARow = outcome.kind === "failed" ? streak.failuresInARow + 1 : 0;
      if (outcome.kind === "failed") {
        tally.failed++;
        // Asking again right away only prolongs a rate limit, and a CT service that failed
        // several times in a row is down: the rest waits for tomorrow.
        tally.rateLimited ||= outcome.rateLimited;
        if (outcome.rateLimited || streak.failuresInARow >= MAX_CT_FAILURES_IN_A_ROW) return false;
      }
    } catch (error) {
      tally.failed++;
      console.error(`CT renewal check of ${cert.id} (account ${accountId}) failed:`, errorText(error));
    }
  }
  return true;
}
