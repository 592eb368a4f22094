import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";
import { bearerToken, hashToken, secretsEqual } from "../auth/tokens";
import { findActiveToken, touchApiToken } from "../db/api-tokens";
import { ApiError } from "../errors";

const MISSING = "Send an API token as `Authorization: Bearer <token>`.";

/**
 * Authenticates an account token: sets `c.var.account`, `c.var.tokenId`, `c.var.tokenName`.
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
  if (!owner || !(await secretsEqual(owner.tokenHash, hash))) {
    throw new ApiError(401, "unauthorized", "The API token is unknown or revoked.");
  }
  c.set("account", { id: owner.accountId, name: owner.accountName });
  c.set("tokenId", owner.tokenId);
  c.set("tokenName", owner.tokenName);
  await touchApiToken(c.env.DB, owner.tokenId);
  await next();
});

/** Authorises the operator's `ADMIN_TOKEN` (a Worker secret), compared in constant time. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) throw new ApiError(503, "admin_token_unset", "ADMIN_TOKEN is not configured on this Worker.");
  const token = bearerToken(c.req.header("authorization"));
  if (!token) throw new ApiError(401, "unauthorized", MISSING.replace("an API token", "the ADMIN_TOKEN"));
  if (!(await secretsEqual(token, expected))) throw new ApiError(401, "unauthorized", "The admin token is wrong.");
  await next();
});
