import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../app-env";
import { accountRows, accountTables } from "../db/account-tables";
import { ApiError } from "../errors";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, ExportDocumentSchema } from "../export/document";
import { importAccount } from "../export/import";
import { requireAccount } from "../middleware/auth";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

/** An export holds raw emails (up to 1 MB each): it may be far larger than a JSON request elsewhere. */
const MAX_IMPORT_BYTES = 95 * 1024 * 1024;

const exportRoute = createRoute({
  method: "get",
  path: "/export",
  summary:
    "All of the account's data as one JSON document (certificates, intent history, notices, timeline, alerts, settings, ...)",
  description: "Holds the webhook secret and the raw emails kept: store it like a backup. API tokens are not exported.",
  security: bearerAuth,
  responses: { 200: jsonResponse(ExportDocumentSchema, "The export"), ...errorResponses(401) },
});

const importRoute = createRoute({
  method: "post",
  path: "/import",
  summary: "Load an export into this (empty) account; ids are renewed, references kept",
  description:
    "Every row is checked first: a bad field is a 400 naming table, row and field, and nothing is written. " +
    "Inbound addresses not of this Worker's form, or ever held by another account, are left out and listed. " +
    "One import per account at a time: a concurrent one answers 409 `conflict`.",
  security: bearerAuth,
  middleware: [
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: () => {
        throw new ApiError(413, "payload_too_large", `The export is larger than ${MAX_IMPORT_BYTES} bytes.`);
      },
    }),
  ] as const,
  request: { body: { required: true, content: { "application/json": { schema: ExportDocumentSchema } } } },
  responses: {
    201: jsonResponse(
      z.object({
        imported: z.record(z.string(), z.number()),
        skipped: z.record(z.string(), z.number()),
        skippedRows: z.array(z.object({ table: z.string(), row: z.number(), reason: z.string() })),
      }),
      "Rows imported per table; rows left out per table (inbound addresses this account may not have), each with its reason",
    ),
    ...errorResponses(400, 401, 409, 413),
  },
});

/** `GET /api/export` and `POST /api/import`. */
export const exportImport = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
exportImport.use("/export", requireAccount);
exportImport.use("/import", requireAccount);

exportImport.openapi(exportRoute, async (c) => {
  const account = c.var.account;
  const tables: ExportDocument["tables"] = {};
  for (const table of await accountTables(c.env.DB))
    tables[table.name] = await accountRows(c.env.DB, table, account.id);
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    account,
    tables,
  };
  c.header("Content-Disposition", `attachment; filename="certitude-export-${document.exportedAt.slice(0, 10)}.json"`);
  return c.json(document, 200);
});

exportImport.openapi(importRoute, async (c) =>
  c.json(await importAccount(c.env.DB, c.var.account.id, c.req.valid("json"), c.env.INBOUND_EMAIL_DOMAIN), 201),
);
