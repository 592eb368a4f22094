import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { updateBadge } from "../background/badge";
import { createMessageHandler } from "../background/handlers";
import { ensureRefreshAlarm, onRefreshAlarm } from "../background/refresh-alarm";
import { applyRoundcubeRegistration } from "../utils/storage/roundcube";
import { certificateCacheItem } from "../utils/storage/storage";

export default defineBackground(() => {
  const onMessage = createMessageHandler();
  browser.runtime.onMessage.addListener((message: unknown) => onMessage(message));
  browser.alarms.onAlarm.addListener((alarm) => void onRefreshAlarm(alarm));

  void (async () => {
    await ensureRefreshAlarm();
    await updateBadge((await certificateCacheItem.getValue())?.certificates ?? null);
    // Registrations are kept by Chromium but not by every browser: apply the stored list again.
    await applyRoundcubeRegistration().catch((error) => console.warn("Roundcube registration failed", error));
  })();
});
