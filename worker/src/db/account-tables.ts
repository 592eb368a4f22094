/**
 * Tables that hold an account's data but never travel in an export: credentials (API tokens,
 * calendar feed secrets), the tombstones of inbound addresses (they guard against takeover, they
 * are not the account's to move) and import claims.
 */
const NOT_EXPORTED = new Set([
  "accounts",
  "api_tokens",
  "calendar_feeds",
  "d1_migrations",
  "inbound_address_holders",
  "import_claims",
]);

export interface AccountTable {
  name: string;
  columns: string[];
  /** Columns that must hold a value: NOT NULL (a NULL is refused even where there is a default). */
  notNull: string[];
  /** NOT NULL columns without a default: a row must carry them. */
  required: string[];
  /** Columns declared INTEGER. */
  integers: string[];
  /** Columns that reference another table's row (besides account_id). */
  references: { column: string; table: string }[];
}

/**
 * Every table with an `account_id` column, parents before children (by their foreign keys), read
 * from the schema itself: a table added by a later migration is exported without code changes.
 */
export async function accountTables(db: D1Database): Promise<AccountTable[]> {
  const { results: tables } = await db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
    )
    .all<{ name: string }>();
  const found: (AccountTable & { parents: string[] })[] = [];
  for (const { name } of tables) {
    if (NOT_EXPORTED.has(name)) continue;
    // Table names come from sqlite_master, not from input, so quoting them here is safe.
    const [columns, keys] = await db.batch<{
      name?: string;
      type?: string;
      notnull?: number;
      dflt_value?: unknown;
      pk?: number;
      table?: string;
      from?: string;
    }>([
      db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${name.replace(/'/g, "''")}')`),
      db.prepare(`SELECT "table", "from" FROM pragma_foreign_key_list('${name.replace(/'/g, "''")}')`),
    ]);
    const columnNames = columns.results.map((c) => String(c.name));
    if (!columnNames.includes("account_id")) continue;
    const references = keys.results.map((k) => ({ column: String(k.from), table: String(k.table) }));
    // A TEXT PRIMARY KEY is not implicitly NOT NULL in SQLite, but a row without its key is no row.
    const notNullColumns = columns.results.filter((c) => c.notnull === 1 || (c.pk ?? 0) > 0);
    found.push({
      name,
      columns: columnNames,
      notNull: notNullColumns.map((c) => String(c.name)),
      required: notNullColumns.filter((c) => c.dflt_value === null).map((c) => String(c.name)),
      integers: columns.results.filter((c) => String(c.type).toUpperCase() === "INTEGER").map((c) => String(c.name)),
      references: references.filter((r) => r.column !== "account_id"),
      parents: references.map((r) => r.table),
    });
  }
  const ordered: AccountTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < found.length) {
    const next = found.find(
      (t) => !placed.has(t.name) && t.parents.every((p) => placed.has(p) || !found.some((f) => f.name === p)),
    );
    if (!next) throw new Error("foreign keys between account tables form a cycle");
    placed.add(next.name);
    const { parents: _, ...table } = next;
    ordered.push(table);
  }
  return ordered;
}

export type Row = Record<string, string | number | null>;

/** All rows of one account table, in insertion order, without the account_id column. */
export async function accountRows(db: D1Database, table: AccountTable, accountId: string): Promise<Row[]> {
  const { results } = await db
    .prepare(`SELECT * FROM "${table.name}" WHERE account_id = ?1 ORDER BY rowid`)
    .bind(accountId)
    .all<Row>();
  return results.map(({ account_id: _, ...rest }) => rest);
}

/** Whether the account has any row in any of these tables. */
export async function hasAccountRows(db: D1Database, tables: AccountTable[], accountId: string): Promise<string[]> {
  if (!tables.length) return [];
  const results = await db.batch<{ n: number }>(
    tables.map((t) => db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}" WHERE account_id = ?1`).bind(accountId)),
  );
  return tables.filter((_, i) => (results[i].results[0]?.n ?? 0) > 0).map((t) => t.name);
}

/**
 * One INSERT of a row into an account table, answering the new row's rowid (a rollback removes
 * exactly the rows it wrote). Columns are checked against the table's own; a row that breaks a
 * constraint fails the statement (and its batch): nothing is skipped quietly.
 */
export function insertRowStatement(
  db: D1Database,
  table: AccountTable,
  accountId: string,
  row: Row,
): D1PreparedStatement {
  const columns = Object.keys(row).filter((c) => c !== "account_id");
  const unknown = columns.find((c) => !table.columns.includes(c));
  if (unknown) throw new TypeError(`${table.name} has no column ${unknown}`);
  const names = ["account_id", ...columns];
  const marks = names.map((_, i) => `?${i + 1}`).join(", ");
  return db
    .prepare(
      `INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${marks}) RETURNING rowid AS written`,
    )
    .bind(accountId, ...columns.map((c) => row[c]));
}

/** Removes the given rows (by rowid) of the account from one table: an import undoing its own writes only. */
export function deleteRowsStatement(
  db: D1Database,
  table: AccountTable,
  accountId: string,
  rowids: number[],
): D1PreparedStatement {
  return db
    .prepare(`DELETE FROM "${table.name}" WHERE account_id = ?1 AND rowid IN (SELECT value FROM json_each(?2))`)
    .bind(accountId, JSON.stringify(rowids));
}
