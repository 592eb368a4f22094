import { browser } from "wxt/browser";
import { askBackground } from "../../overlay/ask-background";
import {
  certificateCacheItem,
  connectionItem,
  noticeStatsItem,
  providerStatusItem,
  syncStatusItem,
} from "../../utils/storage/storage";
import { replaceChildren } from "../../ui/element";
import { localizeDocument } from "../../ui/localize";
import { buildPopupModel } from "./model";
import { renderProviderStatus } from "./provider-status";
import { renderPopup } from "./view";

const root = document.getElementById("popup")!;
localizeDocument();

async function show(refreshing: boolean): Promise<void> {
  const [connection, cache, stats, status, providers] = await Promise.all([
    connectionItem.getValue(),
    certificateCacheItem.getValue(),
    noticeStatsItem.getValue(),
    syncStatusItem.getValue(),
    providerStatusItem.getValue(),
  ]);
  const now = new Date();
  const model = buildPopupModel({ connection, cache, stats, status }, now);
  const actions = {
    openDashboard: () => void browser.runtime.openOptionsPage().then(() => window.close()),
    refresh: () => void refresh(),
    openCertificate: (id: string) =>
      void browser.tabs
        .create({ url: browser.runtime.getURL(`/options.html#certificates/${encodeURIComponent(id)}`) })
        .then(() => window.close()),
  };
  const [header, ...rest] = renderPopup(model, now, actions, refreshing && model.kind !== "not-connected");
  // Which webmail overlays are paused, right under the header: what the adapters saw, not a guess.
  replaceChildren(root, header, renderProviderStatus(providers), ...rest);
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
