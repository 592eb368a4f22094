import {
  type AccountTable,
  accountTables,
  deleteRowsStatement,
  hasAccountRows,
  insertRowStatement,
  type Row,
} from "../db/account-tables";
import { claimImport, releaseImport } from "../db/import-claims";
import { ApiError, errorText } from "../errors";
import { type ExportDocument, remapIds } from "./document";
import { admitInboundAddresses, type SkippedRow } from "./inbound-rows";
import { ID_REFERENCES } from "./row-schemas";
import { rowError, validateExport } from "./validate";

const STATEMENTS_PER_BATCH = 200;

export interface ImportSummary {
  imported: Record<string, number>;
  /** Rows left out per table (inbound addresses this account may not have). */
  skipped: Record<string, number>;
  /** Each row left out, and why. */
  skippedRows: SkippedRow[];
}

interface PlannedRow {
  table: AccountTable;
  statement: D1PreparedStatement;
}

/**
 * The rows to write, parents first, with fresh ids. A foreign key must point into the export; an
 * id column without one (a notice's certificate, say) that points outside it is given a fresh id
 * that points nowhere: never at another account's row.
 */
async function planRows(
  db: D1Database,
  tables: AccountTable[],
  accountId: string,
  document: ExportDocument,
  inboundDomain?: string,
) {
  const { tables: rows, freshIds } = remapIds(document, accountId);
  const planned: PlannedRow[] = [];
  const skippedRows: SkippedRow[] = [];
  for (const table of tables) {
    let tableRows = (rows[table.name] ?? []).map((row, index) => ({ row, index }));
    if (table.name === "inbound_addresses") {
      const { admitted, skipped } = await admitInboundAddresses(db, accountId, rows[table.name] ?? [], inboundDomain);
      tableRows = admitted;
      skippedRows.push(...skipped);
    }
    const foreignKeys = new Map(table.references.map((r) => [r.column, r.table]));
    for (const { row, index } of tableRows) {
      const own: Row = { ...row };
      for (const [column, value] of Object.entries(row)) {
        if (value == null || freshIds.has(String(value)) || !(foreignKeys.has(column) || ID_REFERENCES.has(column)))
          continue;
        if (foreignKeys.has(column))
          throw rowError(
            table.name,
            index,
            column,
            `refers to a ${foreignKeys.get(column)} row that is not in the export`,
          );
        own[column] = crypto.randomUUID();
      }
      planned.push({ table, statement: insertRowStatement(db, table, accountId, own) });
    }
  }
  return { planned, skippedRows };
}

/** Writes the rows in batches; when one fails, removes exactly the rows this import wrote. */
async function writeRows(db: D1Database, accountId: string, planned: PlannedRow[]): Promise<Record<string, number>> {
  const written = new Map<AccountTable, number[]>();
  try {
    for (let i = 0; i < planned.length; i += STATEMENTS_PER_BATCH) {
      const chunk = planned.slice(i, i + STATEMENTS_PER_BATCH);
      const results = await db.batch<{ written: number }>(chunk.map((p) => p.statement));
      results.forEach((result, n) => {
        const rowid = result.results[0]?.written;
        if (rowid !== undefined) written.set(chunk[n].table, [...(written.get(chunk[n].table) ?? []), rowid]);
      });
    }
  } catch (error) {
    // D1's text stays in the log: it names tables and constraints, not for the client.
    console.error(`import into account ${accountId} failed:`, errorText(error));
    const undo = [...written.entries()]
      .reverse()
      .map(([table, rowids]) => deleteRowsStatement(db, table, accountId, rowids));
    if (undo.length) await db.batch(undo);
    throw new ApiError(
      400,
      "import_failed",
      "The export could not be loaded (a row conflicts with a key or a rule of its table, e.g. a duplicate); nothing was kept.",
    );
  }
  return Object.fromEntries([...written.entries()].map(([table, rowids]) => [table.name, rowids.length]));
}

/**
 * Loads an export into an empty account: every row checked first (a fault is a 400 naming table,
 * row and field, and nothing is written), then written with fresh ids, parents first, all or
 * nothing. One import per account at a time: a second one answers 409 and touches nothing.
 */
export async function importAccount(
  db: D1Database,
  accountId: string,
  document: ExportDocument,
  inboundDomain?: string,
): Promise<ImportSummary> {
  const tables = await accountTables(db);
  validateExport(tables, document);
  const claimId = crypto.randomUUID();
  if (!(await claimImport(db, accountId, claimId))) {
    throw new ApiError(
      409,
      "conflict",
      "Another import into this account is running; nothing was changed. Try again when it has finished.",
    );
  }
  try {
    const occupied = await hasAccountRows(db, tables, accountId);
    if (occupied.length) {
      throw new ApiError(
        409,
        "account_not_empty",
        `Import needs an empty account; this one has data in ${occupied.join(", ")}.`,
      );
    }
    const { planned, skippedRows } = await planRows(db, tables, accountId, document, inboundDomain);
    const imported = await writeRows(db, accountId, planned);
    const skipped: Record<string, number> = {};
    for (const row of skippedRows) skipped[row.table] = (skipped[row.table] ?? 0) + 1;
    return { imported, skipped, skippedRows };
  } finally {
    await releaseImport(db, accountId, claimId);
  }
}
