import { listAccountIdsAfter } from "../db/accounts";
import { type AccountSettings, getSettingsOfAccounts } from "../db/settings";
import type { Env } from "../env";
import { errorText } from "../errors";
import { runAccountAlerts } from "./account-run";

/** Accounts handled per page of the account list. */
const ACCOUNT_PAGE = 50;
/**
 * Outbound messages per cron run in all. Workers allow 50 subrequests per invocation on the free
 * plan; D1 queries do not count against it, webhooks and emails do. What is left goes next run.
 */
export const MAX_DELIVERY_REQUESTS = 40;

export interface AlertRunSummary {
  accounts: number;
  /** Accounts whose run failed (logged with their id); the others went on. */
  failedAccounts: number;
  queued: number;
  digests: number;
  delivered: number;
  failed: number;
  abandoned: number;
  requests: number;
}

/** The daily alert run: each account's reminders, digest and deliveries, one account at a time. */
export async function runAlerts(env: Env, now: Date): Promise<AlertRunSummary> {
  const summary: AlertRunSummary = { accounts: 0, failedAccounts: 0, queued: 0, digests: 0, delivered: 0, failed: 0, abandoned: 0, requests: 0 };
  let after = "";
  for (;;) {
    const ids = await listAccountIdsAfter(env.DB, after, ACCOUNT_PAGE);
    if (!ids.length) break;
    const settings = await getSettingsOfAccounts(env.DB, ids).catch((error: unknown) => {
      // Each account then reads its own settings, and only the one at fault fails.
      console.error("alerts: reading a page of settings failed:", errorText(error));
      return new Map<string, AccountSettings>();
    });
    for (const accountId of ids) {
      try {
        const result = await runAccountAlerts(env, accountId, now, MAX_DELIVERY_REQUESTS - summary.requests, settings.get(accountId));
        summary.accounts += 1;
        summary.queued += result.queued;
        if (result.digest) summary.digests += 1;
        summary.delivered += result.delivered;
        summary.failed += result.failed;
        summary.abandoned += result.abandoned;
        summary.requests += result.requests;
      } catch (error) {
        // One account's bad data or failure must not cost every other account its alerts.
        summary.failedAccounts += 1;
        console.error(`alerts for account ${accountId} failed:`, errorText(error));
      }
    }
    after = ids[ids.length - 1];
  }
  return summary;
}
