import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { createApiToken, listApiTokens, revokeApiToken } from "../db/api-tokens";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { IdParamsSchema, ScopeSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: ScopeSchema,
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi("ApiToken");

const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100).describe("Shown as `changedBy` in intent history."),
  scope: ScopeSchema.default("owner"),
});

const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The account's API tokens (never their secrets)",
  security: bearerAuth,
  responses: { 200: jsonResponse(z.object({ tokens: z.array(ApiTokenSchema) }), "Tokens"), ...errorResponses(401) },
});

const createTokenRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Create another API token for the caller's account",
  security: bearerAuth,
  request: { body: { required: true, content: { "application/json": { schema: CreateTokenBody } } } },
  responses: {
    201: jsonResponse(
      z.object({ apiToken: ApiTokenSchema, token: z.string().describe("Shown once; only its hash is kept.") }),
      "Token created",
    ),
    ...errorResponses(400, 401),
  },
});

const revokeRoute = createRoute({
  method: "delete",
  path: "/{id}",
  summary: "Revoke one of the account's tokens",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(z.object({ apiToken: ApiTokenSchema }), "Token revoked"),
    ...errorResponses(401, 404),
  },
});

/** `/api/tokens`: an account's API tokens. */
export const tokens = new OpenAPIHono<AppEnv>();
tokens.use("*", requireAccount, limitBody);
tokens
  .openapi(listRoute, async (c) => c.json({ tokens: await listApiTokens(c.env.DB, c.var.account.id) }, 200))
  .openapi(createTokenRoute, async (c) => {
    const { name, scope } = c.req.valid("json");
    const { info, secret } = await createApiToken(c.env.DB, c.var.account.id, name, scope);
    return c.json({ apiToken: info, token: secret }, 201);
  })
  .openapi(revokeRoute, async (c) => {
    const revoked = await revokeApiToken(c.env.DB, c.var.account.id, c.req.valid("param").id);
    if (!revoked) throw new ApiError(404, "not_found", "No token with this id in your account.");
    return c.json({ apiToken: revoked }, 200);
  });
