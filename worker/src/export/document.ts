import { z } from "@hono/zod-openapi";

export const EXPORT_FORMAT = "certitude-export";
export const EXPORT_VERSION = 1;

const Cell = z.union([z.string(), z.number(), z.null()]);

/** An account's data as one JSON document: every account table's rows, keyed by table name. */
export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    account: z.object({ id: z.string(), name: z.string() }),
    tables: z.record(
      z.string().regex(/^[a-z_][a-z0-9_]*$/),
      z.array(z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), Cell)),
    ),
  })
  .openapi("ExportDocument");

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const IS_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Gives every exported record a fresh id, and rewrites every reference to it wherever it is
 * written (foreign keys, dedupe keys, ids inside assessment JSON): ids are unique across the
 * database, so the rows of another account (or this one, re-imported) never collide.
 */
export function remapIds(
  document: ExportDocument,
  targetAccountId: string,
): { tables: ExportDocument["tables"]; freshIds: Set<string> } {
  const fresh = new Map<string, string>([[document.account.id.toLowerCase(), targetAccountId]]);
  for (const rows of Object.values(document.tables)) {
    for (const row of rows)
      if (typeof row.id === "string" && IS_UUID.test(row.id)) fresh.set(row.id.toLowerCase(), crypto.randomUUID());
  }
  const rewrite = (value: string) => value.replace(UUID, (id) => fresh.get(id.toLowerCase()) ?? id);
  const tables = Object.fromEntries(
    Object.entries(document.tables).map(([table, rows]) => [
      table,
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === "string" && k !== "raw" ? rewrite(v) : v]),
        ),
      ),
    ]),
  );
  return { tables, freshIds: new Set(fresh.values()) };
}
