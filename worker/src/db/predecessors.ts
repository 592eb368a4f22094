import { ID_CHUNK } from "./alerts";

/** A certificate an upload may renew: same common name, no successor yet. */
export interface PredecessorCandidate {
  id: string;
  commonName: string;
  sans: string[];
  notAfter: string;
}

/** Certificates of the account with one of `commonNames` and no successor, `excludeIds` left out. */
export async function listPredecessorCandidates(
  db: D1Database,
  accountId: string,
  commonNames: readonly string[],
  excludeIds: readonly string[],
): Promise<PredecessorCandidate[]> {
  const found: PredecessorCandidate[] = [];
  const names = [...new Set(commonNames)];
  for (let i = 0; i < names.length; i += ID_CHUNK) {
    const chunk = names.slice(i, i + ID_CHUNK);
    const { results } = await db
      .prepare(
        `SELECT id, common_name AS commonName, sans, not_after AS notAfter FROM certificates
         WHERE account_id = ?1 AND superseded_by IS NULL AND common_name COLLATE NOCASE IN (${chunk.map((_, n) => `?${n + 2}`).join(",")})`,
      )
      .bind(accountId, ...chunk)
      .all<{ id: string; commonName: string; sans: string; notAfter: string }>();
    for (const row of results)
      if (!excludeIds.includes(row.id)) found.push({ ...row, sans: JSON.parse(row.sans) as string[] });
  }
  return found;
}
