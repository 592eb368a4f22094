import { env } from "cloudflare:workers";
import type { Intent } from "../../shared/inventory";

export interface CertificateRowInput {
  id?: string;
  commonName: string;
  notAfter: string;
  intent: Intent;
  vendor?: string;
  notBefore?: string;
  createdAt?: string;
}

/**
 * Inserts certificate rows straight into D1 (only the columns the alert cron reads), in batches:
 * the cron tests need thousands of rows faster than the import route would make them.
 */
export async function insertCertificateRows(accountId: string, rows: CertificateRowInput[]): Promise<string[]> {
  const ids: string[] = [];
  const statements = rows.map((row) => {
    const id = row.id ?? crypto.randomUUID();
    ids.push(id);
    const created = row.createdAt ?? "2025-01-01T00:00:00.000Z";
    return env.DB.prepare(
      `INSERT INTO certificates (id, account_id, common_name, sans, not_before, not_after, intent, vendor, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)`,
    ).bind(
      id,
      accountId,
      row.commonName,
      JSON.stringify([row.commonName]),
      row.notBefore ?? null,
      row.notAfter,
      row.intent,
      row.vendor ?? null,
      created,
    );
  });
  for (let i = 0; i < statements.length; i += 500) await env.DB.batch(statements.slice(i, i + 500));
  return ids;
}
