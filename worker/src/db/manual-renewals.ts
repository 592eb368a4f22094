/** A `renew` certificate renewed by hand, still valid and without a successor. */
export interface ManualRenewCertificate {
  id: string;
  commonName: string;
  notAfter: string;
  vendor: string | null;
}

/** The account's manually renewed `renew` certificates valid at `now` (uses the account/intent/not_after index). */
export async function listManualRenewCertificates(
  db: D1Database,
  accountId: string,
  now: string,
): Promise<ManualRenewCertificate[]> {
  const { results } = await db
    .prepare(
      `SELECT id, common_name AS commonName, not_after AS notAfter, vendor FROM certificates
       WHERE account_id = ?1 AND intent = 'renew' AND not_after > ?2 AND auto_renew = 0 AND superseded_by IS NULL
       ORDER BY not_after, id`,
    )
    .bind(accountId, now)
    .all<ManualRenewCertificate>();
  return results;
}
