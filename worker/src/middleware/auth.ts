import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";
import { requiredScope, scopeAllows } from "../auth/scopes";
import { clientKey, countAuthFailure } from "../auth/throttle";
import { bearerToken, hashToken, secretsEqual } from "../auth/tokens";
import { findActiveToken, touchApiToken } from "../db/api-tokens";
import { ApiError } from "../errors";

const MISSING = "Send an API token as `Authorization: Bearer <token>`.";

/** An ADMIN_TOKEN shorter than this is refused: it could be guessed. */
const MIN_ADMIN_TOKEN_LENGTH = 32;

/** Counts a wrong token against the client (429 once over the limit), else answers 401. */
async function refuse(c: Context<AppEnv>, message: string): Promise<never> {
  await countAuthFailure(c.env, clientKey(c.req), (name, value) => c.header(name, value));
  throw new ApiError(401, "unauthorized", message);
}

/**
 * Authenticates an account token and checks its scope against the route's (auth/scopes.ts):
 * sets `c.var.account`, `c.var.tokenId`, `c.var.tokenName`, `c.var.scope`.
 * Tokens are looked up by their SHA-256 (an index lookup on a hash reveals nothing about
 * the token by its timing) and the stored hash is compared in constant time.
 * The token itself is never logged.
 */
export const requireAccount = createMiddleware<AppEnv>(async (c, next) => {
  // Several sub-apps share a prefix (/api/certificates) and each applies this: check once.
  if (c.get("account")) return next();
  const token = bearerToken(c.req.header("authorization"));
  if (!token) throw new ApiError(401, "unauthorized", MISSING);
  const hash = await hashToken(token);
  const owner = await findActiveToken(c.env.DB, hash);
  if (!owner || !(await secretsEqual(owner.tokenHash, hash))) return refuse(c, "The API token is unknown or revoked.");
  const needs = requiredScope(c.req.method, c.req.path);
  if (!scopeAllows(owner.scope, needs)) {
    throw new ApiError(
      403,
      "forbidden",
      `This route needs a token with the ${needs} scope; this token has ${owner.scope}.`,
    );
  }
  c.set("account", { id: owner.accountId, name: owner.accountName });
  c.set("tokenId", owner.tokenId);
  c.set("tokenName", owner.tokenName);
  c.set("scope", owner.scope);
  await touchApiToken(c.env.DB, owner.tokenId);
  await next();
});

/** Authorises the operator's `ADMIN_TOKEN` (a Worker secret), compared in constant time. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) throw new ApiError(503, "admin_token_unset", "ADMIN_TOKEN is not configured on this Worker.");
  if (expected.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new ApiError(
      503,
      "admin_token_too_short",
      `ADMIN_TOKEN is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters, so admin routes are off. ` +
        "Set a longer secret: `openssl rand -base64 32 | npx wrangler secret put ADMIN_TOKEN`.",
    );
  }
  const token = bearerToken(c.req.header("authorization"));
  if (!token) throw new ApiError(401, "unauthorized", MISSING.replace("an API token", "the ADMIN_TOKEN"));
  if (!(await secretsEqual(token, expected))) return refuse(c, "The admin token is wrong.");
  await next();
});
