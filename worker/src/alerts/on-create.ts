import { closePredecessors } from "../certificates/successors";
import type { StoreResult } from "../certificates/store";
import { getSettings } from "../db/settings";
import type { Env } from "../env";
import { dispatchDeliveries } from "./deliver";
import { queueReminders } from "./reminders";

/**
 * What a fresh upload or import sets off at once: older certificates it renews are closed, and a
 * new certificate already inside a threshold or expired gets its one alert now rather than at
 * the next daily run, and is handed to the delivery queue. Returns how many alerts were queued.
 */
export async function alertOnCreate(
  env: Env,
  accountId: string,
  stored: StoreResult,
  now: Date = new Date(),
): Promise<number> {
  if (!stored.createdIds.length) return 0;
  const fresh = stored.certificates.filter((c) => stored.createdIds.includes(c.id));
  await closePredecessors(env.DB, accountId, fresh, now);
  const settings = await getSettings(env.DB, accountId);
  const queued = await queueReminders(env.DB, accountId, settings, now, stored.createdIds);
  if (queued) await dispatchDeliveries(env, accountId, settings, now);
  return queued;
}
