/** An owned certificate's serial number (as stored) and issuer CN, for matching CT results. */
export interface SerialRow {
  id: string;
  serialNumber: string;
  issuerCN: string | null;
}

/** The account's certificates that have a serial number. */
export async function listCertificateSerials(db: D1Database, accountId: string): Promise<SerialRow[]> {
  const { results } = await db
    .prepare(
      "SELECT id, serial_number AS serialNumber, issuer_cn AS issuerCN FROM certificates WHERE account_id = ?1 AND serial_number IS NOT NULL",
    )
    .bind(accountId)
    .all<SerialRow>();
  return results;
}
