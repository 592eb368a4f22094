import type { Certificate } from "../certificates/schema";
import { type CertificateRow, rowToCertificate } from "./certificate-rows";

/** Every certificate of the account with its status as of `now`, soonest expiry first. */
export async function listAllCertificates(db: D1Database, accountId: string, now: Date): Promise<Certificate[]> {
  const { results } = await db
    .prepare("SELECT * FROM certificates WHERE account_id = ?1 ORDER BY not_after, common_name, id")
    .bind(accountId)
    .all<CertificateRow>();
  return results.map((row) => rowToCertificate(row, now));
}
