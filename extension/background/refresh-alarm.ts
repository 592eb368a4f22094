import { browser } from "wxt/browser";
import type { Browser } from "wxt/browser";
import { refreshCache } from "../utils/storage/sync";
import { updateBadge } from "./badge";

export const REFRESH_ALARM = "refresh-certificates";
/** Often enough that the badge follows the day's changes, rarely enough to be no load on the Worker. */
export const REFRESH_MINUTES = 30;

/** Creates the refresh alarm unless it exists: service workers and event pages start often. */
export async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
}

/** On the refresh alarm: fetch the certificates into the cache and update the badge. */
export async function onRefreshAlarm(
  alarm: Browser.alarms.Alarm,
  { refresh = refreshCache, now = () => new Date() }: { refresh?: typeof refreshCache; now?: () => Date } = {},
): Promise<void> {
  if (alarm.name !== REFRESH_ALARM) return;
  const outcome = await refresh(now());
  await updateBadge(outcome.cache?.certificates ?? null, now());
}
