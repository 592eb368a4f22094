import { type AriSummary, checkRenewalInfo } from "../ari/check";
import { ctProvider } from "../ct/provider";
import { listDueRevocationChecks } from "../db/revocation-checks";
import { listCtWatchedCertificates } from "../db/truth-check-candidates";
import type { Env } from "../env";
import { errorText } from "../errors";
import { requestsLeft, withRequestBudget } from "../outbound/bounded-fetch";
import {
  detectAccountRenewals,
  recheckAccountRevocations,
  REQUESTS_PER_CT_CHECK,
  REQUESTS_PER_REVOCATION_CHECK,
} from "./account-checks";

const DAY_MS = 86_400_000;
/**
 * Outbound requests per account run when TRUTH_CHECK_MAX_REQUESTS is unset: the accounts queue
 * consumer takes 4 accounts per invocation (wrangler.toml), 4 × 10 stays under the free plan's
 * 50 subrequests. CRLs are cached and issuers remembered, so a handful of requests covers many
 * certificates of the same CA.
 */
const DEFAULT_MAX_REQUESTS = 10;
/** Work per daily run is bounded: the rest waits for the next day, least recently checked first. */
const REVOCATION_BATCH = 25;
const CT_BATCH = 25;
/** Renewals happen around expiry: look from 60 days before notAfter until 30 days after. */
const CT_WINDOW_BEFORE_DAYS = 60;
const CT_WINDOW_AFTER_DAYS = 30;

export interface TruthCheckSummary {
  revocation: { checked: number; revoked: number; unknown: number; failed: number };
  ct: {
    checked: number;
    superseded: number;
    unwantedRenewals: number;
    pending: number;
    failed: number;
    rateLimited: boolean;
  };
  /** ACME Renewal Information (account runs only). */
  ari?: AriSummary;
  /** True when the request budget ended the run early; the rest comes first next run. */
  budgetSpent: boolean;
  /** Accounts whose checks failed as a whole (logged with their id); the others went on. */
  failedAccounts: number;
}

function maxRequests(env: Pick<Env, "TRUTH_CHECK_MAX_REQUESTS">): number {
  const parsed = Number(env.TRUTH_CHECK_MAX_REQUESTS);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_MAX_REQUESTS;
}

/**
 * The truth checks of one account (the account run of the queue consumer), or of all accounts:
 * a weekly revocation re-check of `renew` certificates (alert when one is revoked) and CT renewal detection (superseded successors, unwanted renewals of `let-lapse`
 * certificates). Errors stay with their certificate and their account; a CT rate limit ends the
 * CT part of the run.
 * At most TRUTH_CHECK_MAX_REQUESTS outbound requests are made; a check is only started while the
 * budget covers its worst case, so no check is cut short into a false "unknown".
 */
export async function runTruthChecks(env: Env, now: Date, accountId?: string): Promise<TruthCheckSummary> {
  return withRequestBudget(maxRequests(env), async () => {
    const failed = new Set<string>();
    const revocation = await recheckRevocations(env, now, failed, accountId);
    const ct = await detectRenewals(env, now, failed, accountId);
    // ACME Renewal Information is fetched per account run (the queue consumer), after the CT checks.
    const ari = accountId ? await checkRenewalInfo(env, accountId, now) : undefined;
    return {
      revocation,
      ct,
      ...(ari ? { ari } : {}),
      budgetSpent: requestsLeft() < REQUESTS_PER_CT_CHECK,
      failedAccounts: failed.size,
    };
  });
}

/** Items grouped by account, in the order their first item came (least recently checked first). */
function byAccount<T extends { accountId: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.accountId, [...(groups.get(item.accountId) ?? []), item]);
  return groups;
}

async function recheckRevocations(
  env: Env,
  now: Date,
  failedAccounts: Set<string>,
  only?: string,
): Promise<TruthCheckSummary["revocation"]> {
  const summary = { checked: 0, revoked: 0, unknown: 0, failed: 0 };
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const due = await listDueRevocationChecks(env.DB, now.toISOString(), weekAgo, REVOCATION_BATCH, only);
  for (const [accountId, certificates] of byAccount(due)) {
    if (requestsLeft() < REQUESTS_PER_REVOCATION_CHECK) break;
    try {
      await recheckAccountRevocations(
        env,
        accountId,
        certificates.map((c) => c.id),
        now,
        summary,
      );
    } catch (error) {
      // One account's failure is its own: the others are still checked.
      summary.failed++;
      failedAccounts.add(accountId);
      console.error(`revocation re-checks of account ${accountId} failed:`, errorText(error));
    }
  }
  return summary;
}

async function detectRenewals(
  env: Env,
  now: Date,
  failedAccounts: Set<string>,
  only?: string,
): Promise<TruthCheckSummary["ct"]> {
  const summary = { checked: 0, superseded: 0, unwantedRenewals: 0, pending: 0, failed: 0, rateLimited: false };
  const provider = ctProvider(env);
  const watched = await listCtWatchedCertificates(
    env.DB,
    {
      from: new Date(now.getTime() - CT_WINDOW_AFTER_DAYS * DAY_MS).toISOString(),
      until: new Date(now.getTime() + CT_WINDOW_BEFORE_DAYS * DAY_MS).toISOString(),
      checkedBefore: new Date(now.getTime() - DAY_MS / 2).toISOString(),
    },
    CT_BATCH,
    only,
  );
  const streak = { failuresInARow: 0 };
  for (const [accountId, certificates] of byAccount(watched)) {
    if (requestsLeft() < REQUESTS_PER_CT_CHECK) break;
    try {
      const go = await detectAccountRenewals(env.DB, provider, accountId, certificates, now, summary, streak);
      if (!go) break;
    } catch (error) {
      summary.failed++;
      failedAccounts.add(accountId);
      console.error(`CT renewal checks of account ${accountId} failed:`, errorText(error));
    }
  }
  return summary;
}
