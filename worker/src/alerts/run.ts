import { getSettingsOfAccounts } from "../db/settings";
import type { Env } from "../env";
import { deliverAlerts } from "./deliver";
import { queueWeeklyDigest } from "./digest";
import { queueReminders } from "./reminders";

/** Accounts handled per page of the account list. */
const ACCOUNT_PAGE = 50;
/**
 * Outbound messages per cron run in all. Workers allow 50 subrequests per invocation on the free
 * plan; D1 queries do not count against it, webhooks and emails do. What is left goes next run.
 */
export const MAX_DELIVERY_REQUESTS = 40;

export interface AlertRunSummary {
  accounts: number;
  queued: number;
  digests: number;
  delivered: number;
  failed: number;
  abandoned: number;
  requests: number;
}

/** The daily alert run: queue due reminders and digests for every account, then deliver. */
export async function runAlerts(env: Env, now: Date): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { accounts: 0, queued: 0, digests: 0, delivered: 0, failed: 0, abandoned: 0, requests: 0 };
  let after = "";
  for (;;) {
    const { results } = await env.DB.prepare("SELECT id FROM accounts WHERE id > ?1 ORDER BY id LIMIT ?2")
      .bind(after, ACCOUNT_PAGE)
      .all<{ id: string }>();
    if (!results.length) break;
    const ids = results.map((r) => r.id);
    const settings = await getSettingsOfAccounts(env.DB, ids);
    for (const accountId of ids) {
      const accountSettings = settings.get(accountId);
      if (!accountSettings) continue;
      summary.accounts += 1;
      summary.queued += await queueReminders(env.DB, accountId, accountSettings.expiryThresholds, now);
      if (await queueWeeklyDigest(env.DB, accountId, now)) summary.digests += 1;
      const budget = MAX_DELIVERY_REQUESTS - summary.requests;
      if (budget <= 0) continue;
      const delivery = await deliverAlerts(env, accountId, accountSettings, now, budget);
      summary.delivered += delivery.delivered;
      summary.failed += delivery.failed;
      summary.abandoned += delivery.abandoned;
      summary.requests += delivery.requests;
    }
    after = ids[ids.length - 1];
  }
  return summary;
}
