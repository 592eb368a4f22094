import { type AccountSettings, getSettings } from "../db/settings";
import type { Env } from "../env";
import { deliverAlerts } from "./deliver";
import { queueWeeklyDigest } from "./digest";
import { queueReminders } from "./reminders";

/** What one account's alert run did. */
export interface AccountAlertResult {
  queued: number;
  digest: boolean;
  delivered: number;
  failed: number;
  abandoned: number;
  requests: number;
}

/**
 * One account's daily alerts: queue its due reminders and weekly digest, then deliver up to
 * `requestBudget` messages. A self-contained unit of work (the account id, the moment and a
 * budget), so the cron, or a queue consumer, can run each account apart from the others.
 * `settings` may be passed when the caller loaded a page of accounts' settings at once.
 */
export async function runAccountAlerts(
  env: Env,
  accountId: string,
  now: Date,
  requestBudget: number,
  settings?: AccountSettings,
): Promise<AccountAlertResult> {
  const accountSettings = settings ?? (await getSettings(env.DB, accountId));
  const queued = await queueReminders(env.DB, accountId, accountSettings, now);
  const digest = await queueWeeklyDigest(env.DB, accountId, now);
  if (requestBudget <= 0) return { queued, digest, delivered: 0, failed: 0, abandoned: 0, requests: 0 };
  const delivery = await deliverAlerts(env, accountId, accountSettings, now, requestBudget);
  return { queued, digest, ...delivery };
}
