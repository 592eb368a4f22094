import type { AccountRef } from "../app-env";
import { prepareApiToken } from "./api-tokens";

/** Creates an account and its first API token (scope `owner`) in one batch; the secret is shown once. */
export async function createAccount(db: D1Database, name: string, tokenName: string) {
  const account: AccountRef = { id: crypto.randomUUID(), name };
  const token = await prepareApiToken(db, account.id, tokenName, "owner");
  await db.batch([
    db.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)").bind(account.id, name, token.info.createdAt),
    token.statement,
  ]);
  return { account, token: token.info, secret: token.secret };
}
