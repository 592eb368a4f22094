/** Tables that hold an account's data but never travel in an export. */
const NOT_EXPORTED = new Set(["accounts", "api_tokens", "d1_migrations"]);

export interface AccountTable {
  name: string;
  columns: string[];
  /** Columns that reference another table's row (besides account_id). */
  references: { column: string; table: string }[];
}

/**
 * Every table with an `account_id` column, parents before children (by their foreign keys), read
 * from the schema itself: a table added by a later migration is exported without code changes.
 */
export async function accountTables(db: D1Database): Promise<AccountTable[]> {
  const { results: tables } = await db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name")
    .all<{ name: string }>();
  const found: (AccountTable & { parents: string[] })[] = [];
  for (const { name } of tables) {
    if (NOT_EXPORTED.has(name)) continue;
    // Table names come from sqlite_master, not from input, so quoting them here is safe.
    const [columns, keys] = await db.batch<{ name?: string; table?: string; from?: string }>([
      db.prepare(`SELECT name FROM pragma_table_info('${name.replace(/'/g, "''")}')`),
      db.prepare(`SELECT "table", "from" FROM pragma_foreign_key_list('${name.replace(/'/g, "''")}')`),
    ]);
    const columnNames = columns.results.map((c) => String(c.name));
    if (!columnNames.includes("account_id")) continue;
    const references = keys.results.map((k) => ({ column: String(k.from), table: String(k.table) }));
    found.push({ name, columns: columnNames, references: references.filter((r) => r.column !== "account_id"), parents: references.map((r) => r.table) });
  }
  const ordered: AccountTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < found.length) {
    const next = found.find((t) => !placed.has(t.name) && t.parents.every((p) => placed.has(p) || !found.some((f) => f.name === p)));
    if (!next) throw new Error("foreign keys between account tables form a cycle");
    placed.add(next.name);
    ordered.push({ name: next.name, columns: next.columns, references: next.references });
  }
  return ordered;
}

export type Row = Record<string, string | number | null>;

/** All rows of one account table, in insertion order, without the account_id column. */
export async function accountRows(db: D1Database, table: AccountTable, accountId: string): Promise<Row[]> {
  const { results } = await db.prepare(`SELECT * FROM "${table.name}" WHERE account_id = ?1 ORDER BY rowid`).bind(accountId).all<Row>();
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
 * One INSERT of a row into an account table; columns are checked against the table's own.
 * A row whose natural key another account holds (an inbound address) is skipped, and counted.
 */
export function insertRowStatement(db: D1Database, table: AccountTable, accountId: string, row: Row): D1PreparedStatement {
  const columns = Object.keys(row).filter((c) => c !== "account_id");
  const unknown = columns.find((c) => !table.columns.includes(c));
  if (unknown) throw new TypeError(`${table.name} has no column ${unknown}`);
  const names = ["account_id", ...columns];
  const marks = names.map((_, i) => `?${i + 1}`).join(", ");
  return db
    .prepare(`INSERT OR IGNORE INTO "${table.name}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${marks})`)
    .bind(accountId, ...columns.map((c) => row[c]));
}

/** Removes every row of the account from these tables, children first (a failed import undone). */
export async function deleteAccountRows(db: D1Database, tables: AccountTable[], accountId: string): Promise<void> {
  await db.batch([...tables].reverse().map((t) => db.prepare(`DELETE FROM "${t.name}" WHERE account_id = ?1`).bind(accountId)));
}
