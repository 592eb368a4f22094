import { browser } from "wxt/browser";
import { askBackground } from "../../overlay/ask-background";
import { certificateCacheItem, connectionItem, noticeStatsItem, syncStatusItem } from "../../utils/storage";
import { replaceChildren } from "../../ui/element";
import { localizeDocument } from "../../ui/localize";
import { buildPopupModel } from "./model";
import { renderPopup } from "./view";

const root = document.getElementById("popup")!;
localizeDocument();

async function show(refreshing: boolean): Promise<void> {
  const [connection, cache, stats, status] = await Promise.all([
    connectionItem.getValue(),
    certificateCacheItem.getValue(),
    noticeStatsItem.getValue(),
    syncStatusItem.getValue(),
  ]);
  const now = new Date();
  const model = buildPopupModel({ connection, cache, stats, status }, now);
  const actions = {
    openDashboard: () => void browser.runtime.openOptionsPage().then(() => window.close()),
    refresh: () => void refresh(),
  };
  replaceChildren(root, ...renderPopup(model, now, actions, refreshing && model.kind !== "not-connected"));
}

async function refresh(): Promise<void> {
  await show(true);
  await askBackground({ type: "refresh" });
  await show(false);
}

// Show the cache at once, then ask the background for fresh numbers.
void show(false).then(async () => {
  if (await connectionItem.getValue()) await refresh();
});
