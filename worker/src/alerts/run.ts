import { getSettings } from "../db/settings";
import type { Env } from "../env";
import { runTruthChecks, type TruthCheckSummary } from "../truth-checks/run";
import { dispatchDeliveries } from "./deliver";
import { queueWeeklyDigest } from "./digest";
import { queueLifetimeCapWarnings } from "../lifetime-caps/warn";
import { queueDistrustWarnings } from "../distrust/warn";
import { queueReminders } from "./reminders";

export interface AccountRunSummary {
  truthChecks: TruthCheckSummary;
  queued: number;
  digest: boolean;
  /** Messages handed to the delivery queue. */
  deliveryMessages: number;
}

/**
 * One account's daily run (a message of the accounts queue): its truth checks first, so what
 * they find is alerted in the same run, then reminders, expired/overdue alerts and the weekly
 * digest, then the new alerts are handed to the delivery queue. Work and D1 statements depend
 * on this account's certificates only, never on how many accounts there are.
 */
export async function runAccount(env: Env, accountId: string, now: Date): Promise<AccountRunSummary> {
  const truthChecks = await runTruthChecks(env, now, accountId);
  const settings = await getSettings(env.DB, accountId);
  const queued = await queueReminders(env.DB, accountId, settings, now);
  const capWarnings = await queueLifetimeCapWarnings(env.DB, accountId, now);
  const distrustWarnings = await queueDistrustWarnings(env.DB, accountId, now);
  const digest = await queueWeeklyDigest(env.DB, accountId, now);
  const deliveryMessages = await dispatchDeliveries(env, accountId, settings, now);
  return { truthChecks, queued: queued + capWarnings + distrustWarnings, digest, deliveryMessages };
}
