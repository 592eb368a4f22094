/** A `renew` or `undecided` certificate with what names its issuer, for the distrust calendar. */
export interface DistrustCandidate {
  id: string;
  commonName: string;
  intent: "renew" | "undecided";
  issuerO: string | null;
  issuerCn: string | null;
  chainPem: string | null;
  notBefore: string | null;
  notAfter: string;
}

/**
 * The account's `renew` and `undecided` certificates valid at `now` and after `validAfter` (the
 * earliest date among the events in view), without a successor: only these can be hurt by a
 * distrust (uses the account/intent/not_after index).
 */
export async function listDistrustCandidates(
  db: D1Database,
  accountId: string,
  now: string,
  validAfter: string,
): Promise<DistrustCandidate[]> {
  const { results } = await db
    .prepare(
      `SELECT id, common_name AS commonName, intent, issuer_o AS issuerO, issuer_cn AS issuerCn, chain_pem AS chainPem,
              not_before AS notBefore, not_after AS notAfter
       FROM certificates
       WHERE account_id = ?1 AND intent IN ('renew', 'undecided') AND not_after > ?2 AND not_after > ?3 AND superseded_by IS NULL
       ORDER BY not_after, id`,
    )
    .bind(accountId, now, validAfter)
    .all<DistrustCandidate>();
  return results;
}
