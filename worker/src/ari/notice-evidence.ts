import type { Assessment, Reason } from "../../../shared/notice/types";
import type { CertificateRow } from "../db/certificate-rows";
import { isEarlyRenewal } from "./fetch";

/** Claims of a revocation that is happening or about to: what the CA's renewal window speaks to. */
const URGENT_REVOCATION_CLAIMS = new Set(["revoked", "revoked-for-payment", "will-be-revoked", "must-replace"]);

/**
 * A notice claiming an urgent revocation of a certificate whose CA publishes ACME Renewal
 * Information gets the CA's own window as evidence: a CA about to revoke moves the window
 * forward (and usually explains why); an unchanged window is the CA not asking for anything.
 */
export function addRenewalInfoEvidence(assessment: Assessment, row: CertificateRow | undefined): Assessment {
  if (!assessment.certificate || !assessment.claims.some((claim) => URGENT_REVOCATION_CLAIMS.has(claim.type)))
    return assessment;
  if (!row || row.id !== assessment.certificate || !row.ari_window_start || !row.ari_window_end) return assessment;
  const info = {
    windowStart: row.ari_window_start,
    windowEnd: row.ari_window_end,
    explanationUrl: row.ari_explanation_url ?? null,
  };
  const early = isEarlyRenewal(info, { notBefore: row.not_before, notAfter: row.not_after });
  const window = `${info.windowStart.slice(0, 10)} to ${info.windowEnd.slice(0, 10)}`;
  const checked = row.ari_checked_at ? ` (checked ${row.ari_checked_at.slice(0, 10)})` : "";
  const reason: Reason = {
    code: early ? "ca-renewal-window-early" : "ca-renewal-window-normal",
    message: early
      ? `The CA's ACME Renewal Information${checked} asks for renewal early, ${window}${info.explanationUrl ? `, explained at ${info.explanationUrl}` : ""}: the CA itself signals a revocation.`
      : `The CA's ACME Renewal Information${checked} suggests renewing ${window}, the usual time: the CA does not signal an early revocation.`,
    facts: {
      windowStart: info.windowStart,
      windowEnd: info.windowEnd,
      explanationURL: info.explanationUrl,
      checkedAt: row.ari_checked_at ?? null,
      directory: row.ari_directory ?? null,
      early,
    },
  };
  return { ...assessment, reasons: [...assessment.reasons, reason] };
}
