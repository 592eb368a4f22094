import type { Scope } from "../auth/scopes";
import { generateToken, hashToken } from "../auth/tokens";

/** An API token as the API shows it (never the secret, never the hash). */
export interface ApiTokenInfo {
  id: string;
  name: string;
  scope: Scope;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface ApiTokenRow {
  id: string;
  name: string;
  scope: Scope;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A token found by its hash, with the account it belongs to. */
export interface TokenOwner {
  tokenId: string;
  tokenName: string;
  tokenHash: string;
  scope: Scope;
  accountId: string;
  accountName: string;
}

function toInfo(row: ApiTokenRow): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * A prepared insert of a new token; the caller runs it (alone or in a batch) and hands
 * `secret` to the user once: only its hash is stored.
 */
export async function prepareApiToken(db: D1Database, accountId: string, name: string, scope: Scope) {
  const secret = generateToken();
  const info: ApiTokenInfo = {
    id: crypto.randomUUID(),
    name,
    scope,
    createdAt: new Date().toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  const statement = db
    .prepare(
      "INSERT INTO api_tokens (id, account_id, name, scope, token_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(info.id, accountId, name, scope, await hashToken(secret), info.createdAt);
  return { info, secret, statement };
}

/** Creates a token for an account; answers its info and the secret (shown once). */
export async function createApiToken(db: D1Database, accountId: string, name: string, scope: Scope) {
  const { info, secret, statement } = await prepareApiToken(db, accountId, name, scope);
  await statement.run();
  return { info, secret };
}

/** The live (not revoked) token with this hash, and its account. */
export async function findActiveToken(db: D1Database, tokenHash: string): Promise<TokenOwner | null> {
  return db
    .prepare(
      `SELECT t.id AS tokenId, t.name AS tokenName, t.token_hash AS tokenHash, t.scope AS scope,
              a.id AS accountId, a.name AS accountName
         FROM api_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = ?1 AND t.revoked_at IS NULL`,
    )
    .bind(tokenHash)
    .first<TokenOwner>();
}

/** Records that a token was used now; at most once a minute, so reads do not each cost a write. */
export async function touchApiToken(db: D1Database, tokenId: string, now: Date = new Date()): Promise<void> {
  await db
    .prepare("UPDATE api_tokens SET last_used_at = ?2 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?3)")
    .bind(tokenId, now.toISOString(), new Date(now.getTime() - 60_000).toISOString())
    .run();
}

/** Every token of an account, oldest first. */
export async function listApiTokens(db: D1Database, accountId: string): Promise<ApiTokenInfo[]> {
  const { results } = await db
    .prepare(
      `SELECT id, name, scope, created_at, last_used_at, revoked_at FROM api_tokens
        WHERE account_id = ?1 ORDER BY created_at, id`,
    )
    .bind(accountId)
    .all<ApiTokenRow>();
  return results.map(toInfo);
}

/** Revokes one of the account's tokens; null when the account has no token with this id. */
export async function revokeApiToken(db: D1Database, accountId: string, id: string): Promise<ApiTokenInfo | null> {
  const row = await db
    .prepare(
      `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?3)
        WHERE id = ?1 AND account_id = ?2
        RETURNING id, name, scope, created_at, last_used_at, revoked_at`,
    )
    .bind(id, accountId, new Date().toISOString())
    .first<ApiTokenRow>();
  return row ? toInfo(row) : null;
}
