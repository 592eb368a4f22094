import { alertOnCreate } from "../alerts/on-create";
import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { certificateFromRecord } from "../certificates/create";
import { InventoryDocumentSchema, InventoryRecordSchema } from "../certificates/input";
import { storeNewCertificates } from "../certificates/store";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { parseOrReject } from "../validation";
import { StoredSchema } from "./certificate-routes";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const BareInventorySchema = z.array(InventoryRecordSchema).max(2000);

const importRoute = createRoute({
  method: "post",
  path: "/import",
  summary: "Import an inventory file (inventory.json) as manual records, all or nothing",
  description:
    "Body: `{owner?, certificates: [...]}` or a bare array of records. A record's `id` is kept as its " +
    "`externalId`; records whose externalId (or fingerprintSha256) the account already has are left unchanged.",
  security: bearerAuth,
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: z.union([InventoryDocumentSchema, BareInventorySchema]) } },
    },
  },
  responses: {
    201: jsonResponse(StoredSchema, "Records created (and the ones already there)"),
    200: jsonResponse(StoredSchema, "Every record was already there; nothing changed"),
    ...errorResponses(400, 401, 413),
  },
});

/** Validates against the shape the body has (document or bare array), naming the wrong field. */
function parseInventory(body: unknown) {
  return Array.isArray(body)
    ? parseOrReject(BareInventorySchema, body)
    : parseOrReject(InventoryDocumentSchema, body).certificates;
}

/** Two records of one file may not claim the same id or the same certificate. */
function rejectDuplicates(records: readonly { id?: string; fingerprintSha256?: string | null }[]): void {
  for (const key of ["id", "fingerprintSha256"] as const) {
    const seen = new Set<string>();
    for (const [index, record] of records.entries()) {
      const value = record[key];
      if (!value) continue;
      if (seen.has(value)) {
        throw new ApiError(
          400,
          "invalid_request",
          `Invalid body: certificates.${index}.${key}: "${value}" appears twice.`,
        );
      }
      seen.add(value);
    }
  }
}

/** `POST /api/certificates/import`. */
export const certificateImport = new OpenAPIHono<AppEnv>();
certificateImport.use("/import", requireAccount, limitBody);
certificateImport.openapi(
  importRoute,
  async (c) => {
    const records = parseInventory(c.req.valid("json"));
    rejectDuplicates(records);
    const author = { accountId: c.var.account.id, tokenName: c.var.tokenName };
    const stored = await storeNewCertificates(c.env.DB, author, records.map(certificateFromRecord));
    await alertOnCreate(c.env, author.accountId, stored);
    return c.json({ certificates: stored.certificates, created: stored.created }, stored.created > 0 ? 201 : 200);
  },
  // zod-openapi hands the hook the raw body as `data` on failure too (its types omit it).
  (result): undefined => {
    if (!result.success) parseInventory((result as { data?: unknown }).data);
    return undefined;
  },
);
