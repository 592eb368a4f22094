import { createRoute, z } from "@hono/zod-openapi";
import { CertificatePatchSchema, ManualRecordSchema, PemUploadSchema } from "../certificates/input";
import { ListQuerySchema } from "../certificates/query";
import { CertificateSchema, IntentChangeSchema } from "../certificates/schema";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

/** Answer of every write that creates records: all records, in upload order, and how many are new. */
export const StoredSchema = z
  .object({
    certificates: z.array(CertificateSchema),
    created: z.number().int(),
    warnings: z
      .array(z.string())
      .optional()
      .describe("What was ignored in the upload (bytes after a certificate), when anything was."),
  })
  .openapi("StoredCertificates");

const one = jsonResponse(z.object({ certificate: CertificateSchema }), "The certificate");

export const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "List the account's certificates: filter, sort by notAfter, page",
  security: bearerAuth,
  request: { query: ListQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({
        certificates: z.array(CertificateSchema),
        total: z.number().int(),
        limit: z.number(),
        offset: z.number(),
      }),
      "A page of certificates",
    ),
    ...errorResponses(400, 401),
  },
});

export const createCertificateRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Add certificates: PEM (one, a chain or a bundle), DER, PKCS#7, or JSON (a PEM, or a manual record)",
  description:
    "Each end-entity certificate becomes a record; CA certificates of the same upload are kept as its chain. " +
    "A lone certificate is always the owned one; PKCS#12 is refused (422 `pkcs12`). " +
    "A certificate the account already has (same SHA-256) is answered as it is, with 200 when nothing was new.",
  security: bearerAuth,
  request: {
    body: {
      // Not `required`: zod-openapi then validates only JSON bodies, and PEM/DER are read by the handler.
      required: false,
      content: {
        "application/json": { schema: z.union([PemUploadSchema, ManualRecordSchema]) },
        "application/x-pem-file": { schema: z.string() },
        "application/pem-certificate-chain": { schema: z.string() },
        "text/plain": { schema: z.string() },
        "application/pkix-cert": { schema: z.string().openapi({ format: "binary" }) },
        "application/x-x509-ca-cert": { schema: z.string().openapi({ format: "binary" }) },
        "application/pkcs7-mime": { schema: z.string().openapi({ format: "binary" }) },
        "application/x-pkcs7-certificates": { schema: z.string().openapi({ format: "binary" }) },
        // Listed so the refusal can say why (422 `pkcs12`) instead of a bare 415.
        "application/x-pkcs12": {
          schema: z.string().openapi({ format: "binary", description: "Refused: it holds the private key." }),
        },
        "application/pkcs12": {
          schema: z.string().openapi({ format: "binary", description: "Refused: it holds the private key." }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(StoredSchema, "Records created"),
    200: jsonResponse(StoredSchema, "Already in the inventory; nothing changed"),
    ...errorResponses(400, 401, 409, 413, 415, 422),
  },
});

export const getRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One certificate, with its PEM and chain",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: { 200: one, ...errorResponses(401, 404) },
});

export const patchRoute = createRoute({
  method: "patch",
  path: "/{id}",
  summary: "Change owner-kept fields; a change of intent is added to the history",
  security: bearerAuth,
  request: {
    params: IdParamsSchema,
    body: { required: true, content: { "application/json": { schema: CertificatePatchSchema } } },
  },
  responses: { 200: one, ...errorResponses(400, 401, 404) },
});

export const deleteRoute = createRoute({
  method: "delete",
  path: "/{id}",
  summary: "Delete a certificate and its intent history",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: { 204: { description: "Deleted" }, ...errorResponses(401, 404) },
});

export const historyRoute = createRoute({
  method: "get",
  path: "/{id}/history",
  summary: "Every change of the certificate's intent, oldest first",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(z.object({ history: z.array(IntentChangeSchema) }), "Intent history"),
    ...errorResponses(401, 404),
  },
});
