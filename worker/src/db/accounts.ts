import type { AccountRef } from "../app-env";
import { prepareApiToken } from "./api-tokens";

/** Creates an account and its first API token (scope `owner`) in one batch; the secret is shown once. */
export async function createAccount(db: D1Database, name: string, tokenName: string) {
  const account: AccountRef = { id: crypto.randomUUID(), name };
  const token = await prepareApiToken(db, account.id, tokenName, "owner");
  await db.batch([
    db
      .prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)")
      .bind(account.id, name, token.info.createdAt),
    token.statement,
  ]);
  return { account, token: token.info, secret: token.secret };
}

/** Up to `limit` account ids after `after`, in id order: the cron walks all accounts page by page. */
export async function listAccountIdsAfter(db: D1Database, after: string, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT id FROM accounts WHERE id > ?1 ORDER BY id LIMIT ?2")
    .bind(after, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}
