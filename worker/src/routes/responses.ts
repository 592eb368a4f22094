import { z } from "@hono/zod-openapi";
import { SCOPES } from "../auth/scopes";

/** `{"error": {"code", "message"}}`, the body of every 4xx and 5xx answer. */
export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi("Error");

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input",
  401: "Missing, unknown or revoked token",
  403: "The token's scope does not cover this route",
  404: "No such resource in this account",
  413: "Body over 1 MB",
  415: "Unsupported content type",
  422: "Understood but refused (e.g. a private key)",
  503: "Not configured on this Worker (e.g. ADMIN_TOKEN unset or shorter than 32 characters)",
};

/** OpenAPI `responses` entries for the given error statuses, all with the error shape. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status] ?? "Error", content: { "application/json": { schema: ErrorSchema } } },
    ]),
  );
}

/** OpenAPI `responses` entry for a JSON answer. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** The `{id}` path parameter of a resource. */
export const IdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** Security requirement of routes that take an account token. */
export const bearerAuth = [{ bearerAuth: [] }];

/** Security requirement of routes that take the operator's ADMIN_TOKEN instead. */
export const adminAuth = [{ adminAuth: [] }];

/** What a token may do. */
export const ScopeSchema = z
  .enum(SCOPES)
  .describe(
    "`read`: GET only; `write`: also certificates, intents, notices, classify, checks, discovery; `owner`: everything",
  )
  .openapi("TokenScope");
