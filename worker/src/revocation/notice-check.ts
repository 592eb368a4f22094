import type { Assessment, Reason } from "../../../shared/notice/types";
import type { CertificateRow } from "../db/certificate-rows";
import type { Env } from "../env";
import { checkAndRecordRevocation } from "./run-check";

/** Claims that say the certificate is revoked now ("will be revoked" is a threat, not a fact to check). */
const REVOCATION_CLAIMS = new Set(["revoked", "revoked-for-payment"]);

const CODES = {
  good: "ca-says-not-revoked",
  revoked: "ca-confirms-revoked",
  unknown: "revocation-status-unknown",
} as const;

/**
 * Asks the CA about a certificate a notice claims is revoked, and says what it answered as a
 * `Reason` ("The CA's CRL published 3 Mar 2026 does not list serial 0A1B…: the certificate is
 * not revoked."). Null when the certificate is past its validity (CAs drop expired certificates
 * from their CRLs: there is nothing to ask). The check is stored and on the certificate's timeline.
 */
async function checkRevocationForNotice(env: Env, row: CertificateRow, now: Date): Promise<Reason | null> {
  if (Date.parse(row.not_after) <= now.getTime()) return null;
  const check = await checkAndRecordRevocation(env, row, now);
  return {
    code: CODES[check.status],
    message: check.detail,
    facts: {
      status: check.status,
      source: check.source,
      serialNumber: row.serial_number,
      checkedAt: check.checkedAt,
      publishedAt: check.publishedAt ?? null,
      revokedAt: check.revokedAt ?? null,
      reason: check.reason ?? null,
      url: check.url ?? null,
    },
  };
}

/**
 * When an assessment claims revocation of a matched certificate within its validity, adds the
 * CA's answer to its reasons. A CA that does not list the certificate contradicts the notice:
 * the assessment becomes misleading.
 */
export async function addRevocationTruth(
  env: Env,
  assessment: Assessment,
  certificate: CertificateRow | undefined,
  now: Date,
): Promise<Assessment> {
  if (!certificate || !assessment.claims.some((claim) => REVOCATION_CLAIMS.has(claim.type))) return assessment;
  let reason: Reason | null;
  try {
    reason = await checkRevocationForNotice(env, certificate, now);
  } catch (error) {
    // A notice is filed even when the check cannot be made (e.g. D1 trouble); the CA's word is extra.
    console.error("revocation check for a notice failed:", error instanceof Error ? error.message : String(error));
    return assessment;
  }
  if (!reason) return assessment;
  return {
    ...assessment,
    misleading: assessment.misleading || reason.code === CODES.good,
    reasons: [...assessment.reasons, reason],
  };
}
