import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { getCertificateRow } from "../db/certificates";
import { listRevocationChecks } from "../db/revocation-checks";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { checkAndRecordRevocation } from "../revocation/run-check";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const RevocationCheckSchema = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    status: z.enum(["good", "revoked", "unknown"]),
    source: z.enum(["crl", "ocsp"]),
    checkedAt: z.string(),
    revokedAt: z.string().optional(),
    reason: z.string().optional().describe("RFC 5280 reason, e.g. keyCompromise."),
    detail: z.string().describe("What the CA said, in a sentence: which CRL or responder, published when."),
    url: z.string().optional().describe("The CRL or OCSP URL that answered."),
    publishedAt: z.string().optional().describe("When the CA published that answer."),
  })
  .openapi("RevocationCheck");

const checkRoute = createRoute({
  method: "post",
  path: "/{id}/revocation-check",
  summary: "Ask the CA (CRL first, OCSP as fallback) whether the certificate is revoked",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(RevocationCheckSchema, "The CA's answer, stored and on the timeline"),
    ...errorResponses(401, 404),
  },
});

const historyRoute = createRoute({
  method: "get",
  path: "/{id}/revocation-checks",
  summary: "Past revocation checks of a certificate, newest first",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(z.object({ checks: z.array(RevocationCheckSchema) }), "Stored checks"),
    ...errorResponses(401, 404),
  },
});

/** `/api/certificates/:id/revocation-check(s)`: revocation status from the CA. */
export const revocation = new OpenAPIHono<AppEnv>()
  .openapi(checkRoute, async (c) => {
    const row = await getCertificateRow(c.env.DB, c.var.account.id, c.req.valid("param").id);
    if (!row) throw new ApiError(404, "not_found", "No certificate with this id in your account.");
    return c.json(await checkAndRecordRevocation(c.env, row, new Date()), 200);
  })
  .openapi(historyRoute, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await getCertificateRow(c.env.DB, c.var.account.id, id)))
      throw new ApiError(404, "not_found", "No certificate with this id in your account.");
    return c.json({ checks: await listRevocationChecks(c.env.DB, c.var.account.id, id) }, 200);
  });
