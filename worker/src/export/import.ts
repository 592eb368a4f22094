import { type AccountTable, accountTables, deleteAccountRows, hasAccountRows, insertRowStatement } from "../db/account-tables";
import { ApiError } from "../errors";
import { type ExportDocument, remapIds } from "./document";

const STATEMENTS_PER_BATCH = 200;

export interface ImportSummary {
  imported: Record<string, number>;
  /** Rows left out because another account holds their key (e.g. an inbound address). */
  skipped: Record<string, number>;
}

/**
 * Loads an export into an empty account: every table's rows with fresh ids, parents first. All
 * or nothing: when a batch fails, what was written is removed again and the error says why.
 */
export async function importAccount(db: D1Database, accountId: string, document: ExportDocument): Promise<ImportSummary> {
  const tables = await accountTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const unknown = Object.keys(document.tables).filter((name) => !byName.has(name));
  if (unknown.length) throw new ApiError(400, "invalid_request", `Unknown table(s) in the export: ${unknown.join(", ")}.`);
  const occupied = await hasAccountRows(db, tables, accountId);
  if (occupied.length) {
    throw new ApiError(409, "account_not_empty", `Import needs an empty account; this one has data in ${occupied.join(", ")}.`);
  }
  const { tables: rows, freshIds } = remapIds(document, accountId);
  const planned: { table: AccountTable; statement: D1PreparedStatement }[] = [];
  for (const table of tables) {
    for (const row of rows[table.name] ?? []) {
      // A reference must point into the export itself, never at another account's rows.
      const stray = table.references.find((r) => row[r.column] != null && !freshIds.has(String(row[r.column])));
      if (stray) {
        throw new ApiError(400, "invalid_request", `Invalid export: ${table.name}.${stray.column} refers to a ${stray.table} row that is not in the export.`);
      }
      try {
        planned.push({ table, statement: insertRowStatement(db, table, accountId, row) });
      } catch (error) {
        throw new ApiError(400, "invalid_request", `Invalid export: ${error instanceof Error ? error.message : String(error)}.`);
      }
    }
  }
  const summary: ImportSummary = { imported: {}, skipped: {} };
  try {
    for (let i = 0; i < planned.length; i += STATEMENTS_PER_BATCH) {
      const chunk = planned.slice(i, i + STATEMENTS_PER_BATCH);
      const results = await db.batch(chunk.map((p) => p.statement));
      results.forEach((result, n) => {
        const name = chunk[n].table.name;
        const bucket = result.meta.changes > 0 ? summary.imported : summary.skipped;
        bucket[name] = (bucket[name] ?? 0) + 1;
      });
    }
  } catch (error) {
    await deleteAccountRows(db, tables, accountId);
    throw new ApiError(400, "import_failed", `The export could not be loaded, nothing was kept: ${error instanceof Error ? error.message : String(error)}`);
  }
  return summary;
}
