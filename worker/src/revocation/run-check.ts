import { outboundLimits } from "../outbound/bounded-fetch";
import type { CertificateRow } from "../db/certificate-rows";
import { type RevocationCheck, recordRevocationCheck } from "../db/revocation-checks";
import { addTimelineEvent } from "../db/timeline-events";
import type { Env } from "../env";
import { checkRevocation } from "./check";

const DEFAULT_CRL_MAX_BYTES = 5_000_000;

/** CRL_MAX_BYTES, or 5 MB when unset or nonsensical. */
function crlMaxBytes(env: Pick<Env, "CRL_MAX_BYTES">): number {
  const parsed = Number(env.CRL_MAX_BYTES);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : DEFAULT_CRL_MAX_BYTES;
}

function list(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * Checks one stored certificate with its CA, stores the result and puts it on the certificate's
 * timeline. The single path for the route, the cron and notice assessment.
 */
export async function checkAndRecordRevocation(env: Env, row: CertificateRow, now: Date): Promise<RevocationCheck> {
  const verdict = await checkRevocation(
    {
      serialNumber: row.serial_number,
      notAfter: row.not_after,
      pem: row.pem,
      chainPem: row.chain_pem,
      crlUrls: list(row.crl_urls),
      ocspUrls: list(row.ocsp_urls),
    },
    { db: env.DB, now, outbound: outboundLimits(env), maxCrlBytes: crlMaxBytes(env) },
  );
  const checkedAt = now.toISOString();
  const stored = await recordRevocationCheck(env.DB, row.account_id, row.id, checkedAt, verdict);
  const summary =
    verdict.status === "revoked"
      ? `Revocation check (${verdict.source.toUpperCase()}): the CA lists this certificate as revoked.`
      : verdict.status === "good"
        ? `Revocation check (${verdict.source.toUpperCase()}): not revoked.`
        : "Revocation check: status unknown.";
  await addTimelineEvent(env.DB, {
    accountId: row.account_id,
    certificateId: row.id,
    occurredAt: checkedAt,
    type: "revocation-check",
    summary: `${summary} ${verdict.detail}`,
    data: { checkId: stored.id, ...verdict },
  });
  return stored;
}
