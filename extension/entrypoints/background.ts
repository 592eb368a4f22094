import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { updateBadge } from "../background/badge";
import { createMessageHandler } from "../background/handlers";
import { applyRoundcubeRegistration } from "../utils/roundcube";
import { certificateCacheItem } from "../utils/storage";
import { refreshCache } from "../utils/sync";

const REFRESH_ALARM = "refresh-certificates";
const REFRESH_MINUTES = 30;

export default defineBackground(() => {
  const onMessage = createMessageHandler();
  browser.runtime.onMessage.addListener((message: unknown) => onMessage(message));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== REFRESH_ALARM) return;
    const outcome = await refreshCache();
    await updateBadge(outcome.cache?.certificates ?? null);
  });

  // Service workers and event pages start often; set up only what is missing.
  void (async () => {
    if (!(await browser.alarms.get(REFRESH_ALARM))) {
      await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
    }
    await updateBadge((await certificateCacheItem.getValue())?.certificates ?? null);
    await applyRoundcubeRegistration().catch((error) => console.warn("Roundcube registration failed", error));
  })();
});
