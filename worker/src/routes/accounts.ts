import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { createAccount } from "../db/accounts";
import { requireAccount, requireAdmin } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { ScopeSchema, adminAuth, bearerAuth, errorResponses, jsonResponse } from "./responses";

const AccountSchema = z.object({ id: z.string(), name: z.string() }).openapi("Account");

const CreateAccountBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  tokenName: z.string().trim().min(1).max(100).optional().describe('Name of the first token; default "initial".'),
});

const createAccountRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Create an account and its first API token, scope owner (needs the ADMIN_TOKEN)",
  middleware: [requireAdmin, limitBody] as const,
  security: adminAuth,
  request: { body: { required: true, content: { "application/json": { schema: CreateAccountBody } } } },
  responses: {
    201: jsonResponse(
      z.object({ account: AccountSchema, token: z.string().describe("Shown once; only its hash is kept.") }),
      "Account created",
    ),
    ...errorResponses(400, 401, 503),
  },
});

const meRoute = createRoute({
  method: "get",
  path: "/me",
  summary: "The account and token the request authenticates as",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  responses: {
    200: jsonResponse(z.object({ account: AccountSchema, tokenName: z.string(), scope: ScopeSchema }), "The caller"),
    ...errorResponses(401),
  },
});

/** `/api/accounts`: creation by the operator, `me` for a token's owner. */
export const accounts = new OpenAPIHono<AppEnv>()
  .openapi(createAccountRoute, async (c) => {
    const body = c.req.valid("json");
    const created = await createAccount(c.env.DB, body.name, body.tokenName ?? "initial");
    return c.json({ account: created.account, token: created.secret }, 201);
  })
  .openapi(meRoute, (c) => c.json({ account: c.var.account, tokenName: c.var.tokenName, scope: c.var.scope }, 200));
