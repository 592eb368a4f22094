import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { IntentSchema } from "../certificates/schema";
import { discoverCertificates, importDiscovered } from "../ct/discover";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/,
    "Expected a domain name such as example.com (no wildcard, no URL)",
  )
  .openapi({ example: "example.com" });

const DiscoverBody = z.strictObject({
  domain: DomainSchema,
  includeSubdomains: z.boolean().default(true),
});

const CandidateSchema = z
  .object({
    id: z.string().describe("Name it in /api/discover/import."),
    commonName: z.string().nullable(),
    names: z.array(z.string()),
    issuer: z.string(),
    serialNumber: z.string().nullable(),
    notBefore: z.string(),
    notAfter: z.string(),
    entries: z.number().int().describe("Log entries merged: a precertificate and its certificate count 2."),
    fingerprintSha256: z
      .string()
      .nullable()
      .describe(
        "SHA-256 of the final certificate when the CT service lists it; an import refuses a certificate that does not match the listing.",
      ),
    owned: z.boolean(),
    certificateId: z.string().nullable(),
  })
  .openapi("CtCandidate");

const discoverRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Find a domain's certificates in Certificate Transparency (crt.sh or Cert Spotter)",
  middleware: [requireAccount, limitBody] as const,
  security: bearerAuth,
  request: { body: { required: true, content: { "application/json": { schema: DiscoverBody } } } },
  responses: {
    200: jsonResponse(
      z.object({
        provider: z.string(),
        domain: z.string(),
        includeSubdomains: z.boolean(),
        candidates: z.array(CandidateSchema),
      }),
      "Issuances, newest first, with the ones you own marked",
    ),
    ...errorResponses(400, 401, 502, 503),
  },
});

const importRoute = createRoute({
  method: "post",
  path: "/import",
  summary: "Import certificates found by /api/discover (the PEM is fetched from the CT service)",
  middleware: [requireAccount, limitBody] as const,
  security: bearerAuth,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: DiscoverBody.extend({
            ids: z.array(z.string().min(1).max(200)).min(1).max(50),
            intent: IntentSchema.optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(
      z.object({
        provider: z.string(),
        imported: z.array(
          z.object({
            id: z.string(),
            certificateId: z.string(),
            created: z.boolean(),
            commonName: z.string(),
            notAfter: z.string(),
          }),
        ),
        failed: z.array(z.object({ id: z.string(), error: z.string() })),
      }),
      "What was imported (created false: you had it already) and what could not be",
    ),
    ...errorResponses(400, 401, 502, 503),
  },
});

/** `/api/discover`: certificates of a domain from Certificate Transparency, and their import. */
export const discover = new OpenAPIHono<AppEnv>()
  .openapi(discoverRoute, async (c) => {
    const body = c.req.valid("json");
    return c.json(await discoverCertificates(c.env, c.var.account.id, body.domain, body.includeSubdomains), 200);
  })
  .openapi(importRoute, async (c) => {
    const body = c.req.valid("json");
    const author = { accountId: c.var.account.id, tokenName: c.var.tokenName };
    return c.json(await importDiscovered(c.env, author, body, new Date()), 200);
  });
