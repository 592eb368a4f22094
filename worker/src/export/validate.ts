import type { AccountTable, Row } from "../db/account-tables";
import { ApiError } from "../errors";
import type { ExportDocument } from "./document";
import { ROW_SCHEMAS } from "./row-schemas";

/** The 400 that names the table, the row (1-based, and as a JSON path) and the field at fault. */
export function rowError(table: string, index: number, field: string, problem: string): ApiError {
  return new ApiError(
    400,
    "invalid_request",
    `Invalid export: table ${table}, row ${index + 1}, field ${field} (tables.${table}[${index}].${field}): ${problem}.`,
  );
}

function checkRow(table: AccountTable, row: Row, index: number): void {
  const unknown = Object.keys(row).find((column) => column !== "account_id" && !table.columns.includes(column));
  if (unknown) throw rowError(table.name, index, unknown, `${table.name} has no such column`);
  const missing = table.required.find((column) => column !== "account_id" && !(column in row));
  if (missing) throw rowError(table.name, index, missing, "is required");
  const blank = table.notNull.find((column) => column !== "account_id" && column in row && row[column] === null);
  if (blank) throw rowError(table.name, index, blank, "must not be null");
  const notInteger = table.integers.find((column) => row[column] != null && !Number.isSafeInteger(row[column]));
  if (notInteger) throw rowError(table.name, index, notInteger, "must be a whole number");
  const schema = ROW_SCHEMAS[table.name];
  const parsed = schema?.safeParse(row);
  if (parsed && !parsed.success) {
    const [issue] = parsed.error.issues;
    throw rowError(table.name, index, String(issue.path[0] ?? "(row)"), issue.message);
  }
}

/**
 * Checks every row of every table of an export against its table and its row schema before
 * anything is written. Throws the 400 for the first fault found.
 */
export function validateExport(tables: AccountTable[], document: ExportDocument): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const unknown = Object.keys(document.tables).filter((name) => !byName.has(name));
  if (unknown.length)
    throw new ApiError(400, "invalid_request", `Unknown table(s) in the export: ${unknown.join(", ")}.`);
  for (const [name, rows] of Object.entries(document.tables)) {
    const table = byName.get(name) as AccountTable;
    const ids = new Set<string>();
    rows.forEach((row, index) => {
      checkRow(table, row, index);
      if (typeof row.id !== "string") return;
      if (ids.has(row.id.toLowerCase())) throw rowError(name, index, "id", "appears twice in the table");
      ids.add(row.id.toLowerCase());
    });
  }
}
